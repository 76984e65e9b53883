export { main } from './main.js';
export {
  EXIT,
  UsageError,
  leaf,
  group,
  lazy,
  resolveCommand,
  required,
  intFlag,
  numberFlag,
  printJson,
  type CliIO,
  type Command,
} from './command.js';
export { VERSION } from './version.js';
