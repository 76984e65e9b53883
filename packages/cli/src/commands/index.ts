import type { Command } from '../command.js';
import { demoCommand } from './demo.js';
import { conformanceCommand } from './conformance.js';

/** Every top-level subcommand, in the order `slipway --help` lists them. Each capability adds its line. */
export const commands: Command[] = [demoCommand, conformanceCommand];
