import { child, entries, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** Registry passwords written into the workflow for `container:` and `services:`. */
export const hardcodedContainerCredentials: Rule = {
  id: 'hardcoded-container-credentials',
  title: 'Registry password written in the workflow',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description: 'A password in the file is readable by everyone who can read the repository, forks and history included.',
  fix: 'Use a secret: `password: ${{ secrets.REGISTRY_PASSWORD }}`.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    const judge = (container: YNode | undefined, where: string): void => {
      const pw = child(child(container, 'credentials'), 'password');
      const value = text(pw);
      if (pw && value && !value.includes('${{'))
        out.push({ message: `${where} has its registry password written in the file`, line: pw.line });
    };
    for (const job of model.jobs) {
      judge(child(job.node, 'container'), `the container of job '${job.id}'`);
      for (const [name, service] of entries(child(job.node, 'services'))) judge(service, `service '${name}' of job '${job.id}'`);
    }
    return out;
  },
};
