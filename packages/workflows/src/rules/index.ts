import { concurrencyDeadlock } from './concurrency-deadlock.js';
import { missingTimeout, persistCredentials, secretsInherit, selfHostedPullRequest } from './job-hygiene.js';
import { permissionsBroad, permissionsMissing } from './permissions.js';
import { unpinnedImage, unpinnedUses } from './pinning.js';
import type { Rule } from './rule.js';
import { templateInjection } from './template-injection.js';
import { untrustedCheckout } from './untrusted-checkout.js';

export type { AuditOptions, RawFinding, Rule, Severity } from './rule.js';
export { SEVERITIES } from './rule.js';
export { injectionSeverity } from './template-injection.js';

/** Every hardening rule, in the order reports list them. */
export const RULES: readonly Rule[] = [
  unpinnedUses,
  unpinnedImage,
  permissionsMissing,
  permissionsBroad,
  templateInjection,
  untrustedCheckout,
  secretsInherit,
  persistCredentials,
  missingTimeout,
  selfHostedPullRequest,
  concurrencyDeadlock,
];
