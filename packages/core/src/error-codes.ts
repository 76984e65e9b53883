// The stable error codes that machine readers branch on: the CLI's `--json` error object, the
// actions' `error-code` outputs and docs/error-codes.md. A code, once published, keeps its
// meaning; add new ones, never repurpose one. Each engine's codes sit in their own section.

export const errorCodes = {
  // Any capability: input, output and the network.
  /** Bad flags, arguments or action inputs. */
  usage: 'USAGE',
  /** An input (file, report, policy) is readable but its content is wrong. */
  invalidInput: 'INPUT_INVALID',
  /** An input file does not exist or cannot be read. */
  inputUnreadable: 'INPUT_UNREADABLE',
  /** An input file is larger than its format allows. */
  inputTooLarge: 'INPUT_TOO_LARGE',
  /** A text input holds binary data. */
  inputBinary: 'INPUT_BINARY',
  /** An output path resolves to an input, or two outputs to one file. */
  outputIsInput: 'OUTPUT_IS_INPUT',
  /** An output could not be written (disk full, read-only, a folder in the way, ...). */
  outputUnwritable: 'OUTPUT_UNWRITABLE',
  /** A folder the tool would replace was not created by it. */
  outputNotOwned: 'OUTPUT_NOT_OWNED',
  /** A network call passed its deadline. */
  networkTimeout: 'NETWORK_TIMEOUT',
  /** A network peer could not be reached (refused, unresolvable, reset). */
  networkUnreachable: 'NETWORK_UNREACHABLE',
  /** A network peer answered with an error status after the retries. */
  networkStatus: 'NETWORK_STATUS',
  /** A gate's policy rejected readable input. */
  policyRejected: 'POLICY_REJECTED',
  /** A bug: not a UserError. */
  internal: 'INTERNAL',

  // verify-deploy
  /** A signature, certificate, log entry or timestamp did not verify. */
  signatureInvalid: 'SIGNATURE_INVALID',
  /** The signer's identity or issuer is not one the policy trusts, or is malformed. */
  identityMismatch: 'IDENTITY_MISMATCH',
  /** The signing key is not one the policy lists. */
  keyNotTrusted: 'KEY_NOT_TRUSTED',
  /** The provenance does not match the artifact, the builder or the source. */
  provenanceMismatch: 'PROVENANCE_MISMATCH',
  /** No verified timestamp, or a signature older than the policy's max-age. */
  signatureStale: 'SIGNATURE_STALE',
  /** The policy requires a reproducibility verdict that is missing or negative. */
  reproducibilityMissing: 'REPRODUCIBILITY_MISSING',

  // container-scan-gate
  /** A scanner report says the scan itself failed (database invalid, errors). */
  scanFailed: 'SCAN_FAILED',
  /** A scanner report scanned nothing. */
  scanEmpty: 'SCAN_EMPTY',

  // cache-setup, slipway cache run
  /** The install command that cache-setup or `cache run` ran exited non-zero. */
  installFailed: 'INSTALL_FAILED',

  // reproducible-build
  /** The outputs differ between builds. */
  notReproducible: 'NOT_REPRODUCIBLE',
  /** A build needed the network, or could not be isolated from it. */
  notHermetic: 'NOT_HERMETIC',
} as const;

/** One of the published codes. */
export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];
