import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fixtureText } from './fixtures.js';

/**
 * A validator for the SARIF 2.1.0 schema. The committed schema is draft-04: its only draft-04
 * keyword is `id`, which draft-07 spells `$id`, so it is renamed before compiling; one of its
 * patterns (`language`) is not valid as a unicode regular expression, hence `unicodeRegExp: false`.
 */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(fixtureText('sarif-schema-2.1.0.json')) as Record<string, unknown>;
  const { $schema: _, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: String(id), ...rest });
}
