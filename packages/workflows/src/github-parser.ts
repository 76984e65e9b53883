import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

/** One error GitHub's own parser reports, with its 1-based position when it has one. */
export interface ParserError {
  message: string;
  line: number;
  column: number;
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
  return result.context.errors.getErrors().map((e) => ({
    // The parser prefixes messages with the file name and position; we report those separately.
    message: e.rawMessage,
    line: e.range?.start.line ?? 1,
    column: e.range?.start.column ?? 1,
  }));
}
