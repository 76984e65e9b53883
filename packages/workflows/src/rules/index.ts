import { actionInputs } from './action-inputs.js';
import { botConditions } from './bot-conditions.js';
import { cachePoisoning } from './cache-poisoning.js';
import { concurrencyDeadlock } from './concurrency-deadlock.js';
import { constantCondition, unsoundCondition, unsoundContains, unsoundTernary } from './conditions.js';
import { hardcodedContainerCredentials } from './container-credentials.js';
import { dangerousTriggers } from './dangerous-triggers.js';
import { anonymousDefinition, concurrencyLimits, misfeature, undocumentedPermissions } from './definition-hygiene.js';
import { deprecatedCommands } from './deprecated-commands.js';
import { githubEnv } from './github-env.js';
import { globFilters } from './glob-filters.js';
import { insecureCommands } from './insecure-commands.js';
import { missingTimeout, secretsInherit, selfHostedPullRequest } from './job-hygiene.js';
import { knownVulnerableActions } from './known-vulnerable.js';
import { obfuscation } from './obfuscation.js';
import { permissionsBroad, permissionsMissing } from './permissions.js';
import { persistCredentials } from './persist-credentials.js';
import { unpinnedImage, unpinnedUses } from './pinning.js';
import { matrixKeysRule, unknownReference } from './references.js';
import type { Rule } from './rule.js';
import { overprovisionedSecrets, secretsOutsideEnv, unredactedSecrets } from './secrets.js';
import {
  adhocPackages,
  archivedUses,
  forbiddenUses,
  githubApp,
  selfRepository,
  superfluousActions,
  unpinnedTools,
  useTrustedPublishing,
} from './supply-chain.js';
import { templateInjection } from './template-injection.js';
import { typosquatUses } from './typosquat-uses.js';
import { untrustedCheckout } from './untrusted-checkout.js';

export type { AuditOptions, Category, Confidence, RawFinding, Rule, Severity } from './rule.js';
export { CONFIDENCES, SEVERITIES } from './rule.js';

/** Every offline rule, in the order reports list them. */
export const RULES: readonly Rule[] = [
  unpinnedUses,
  unpinnedImage,
  permissionsMissing,
  permissionsBroad,
  templateInjection,
  githubEnv,
  untrustedCheckout,
  dangerousTriggers,
  cachePoisoning,
  persistCredentials,
  secretsInherit,
  overprovisionedSecrets,
  unredactedSecrets,
  secretsOutsideEnv,
  insecureCommands,
  botConditions,
  unsoundCondition,
  unsoundContains,
  unsoundTernary,
  obfuscation,
  hardcodedContainerCredentials,
  typosquatUses,
  knownVulnerableActions,
  archivedUses,
  useTrustedPublishing,
  githubApp,
  unpinnedTools,
  adhocPackages,
  superfluousActions,
  forbiddenUses,
  selfRepository,
  misfeature,
  anonymousDefinition,
  concurrencyLimits,
  undocumentedPermissions,
  selfHostedPullRequest,
  concurrencyDeadlock,
  missingTimeout,
  constantCondition,
  unknownReference,
  matrixKeysRule,
  deprecatedCommands,
  globFilters,
  actionInputs,
];
