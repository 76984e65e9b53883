import { UserError, errorCodes } from '@slipway/core';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ACTION_ROOT } from '@actions/workflow-parser/actions/action-constants';
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import { treeFromDocument, type YDocument } from './yaml-tree.js';

/** One error GitHub's own parser reports, with its 1-based position when it has one. */
export interface ParserError {
  message: string;
  line: number;
  column: number;
}

function errorsOf(context: TemplateContext): ParserError[] {
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
export async function githubParserErrors(kind: 'workflow' | 'action', name: string, content: string): Promise<ParserError[]> {
  const file = { name, content };
  const trace = new NoOperationTraceWriter();
  const result = kind === 'workflow' ? parseWorkflow(file, trace) : parseAction(file, trace);
  if (kind === 'workflow' && result.value) {
    await convertWorkflowTemplate(result.context, result.value, undefined, { errorPolicy: ErrorPolicy.TryConversion });
  }
  return errorsOf(result.context);
}

/**
 * Refuses a workflow that GitHub's parser rejects, naming the file and the first errors'
 * places: a tool that reads a workflow (an estimate) must not go on with the part it understood.
 */
export async function assertWorkflowParses(content: string, source: string): Promise<void> {
  const errors = await githubParserErrors('workflow', source, content);
  if (errors.length === 0) return;
  const shown = errors.slice(0, 3).map((e) => `${source}:${e.line}:${e.column}: ${e.message}`);
  throw new UserError(
    `${source} is not a workflow GitHub accepts:\n  ${shown.join('\n  ')}${errors.length > 3 ? `\n  (and ${errors.length - 3} more)` : ''}`,
    {
      code: errorCodes.invalidInput,
      hint: 'correct the workflow (slipway audit shows every error), or give the right file',
    },
  );
}

export async function parseWithGitHub(
  kind: 'workflow' | 'action',
  name: string,
  content: string,
): Promise<{ errors: ParserError[]; tree: YDocument | undefined }> {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    kind === 'workflow' ? getWorkflowSchema() : getActionSchema(),
    new NoOperationTraceWriter(),
  );
  const fileId = context.getFileId(name);
  const reader = new YamlObjectReader(fileId, content);
  if (reader.errors.length > 0) {
    for (const err of reader.errors) context.error(fileId, err.message, err.range);
    return { errors: errorsOf(context), tree: undefined };
  }
  const template = readTemplate(context, kind === 'workflow' ? WORKFLOW_ROOT : ACTION_ROOT, reader, fileId);
  if (kind === 'workflow' && template)
    await convertWorkflowTemplate(context, template, undefined, { errorPolicy: ErrorPolicy.TryConversion });
  const internal = reader as unknown as {
    doc: Parameters<typeof treeFromDocument>[0];
    lineCounter: Parameters<typeof treeFromDocument>[1];
  };
  return { errors: errorsOf(context), tree: treeFromDocument(internal.doc, internal.lineCounter, content) };
}
