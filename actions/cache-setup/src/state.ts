import { decode, decodeDocument, parseJson, type State } from '@slipway/core';
import { layerOutcome as outcome, type LayerOutcome, type RestoredLayer } from '@slipway/cache';

/** Everything the post step needs from main. */
export interface MainState {
  layers: RestoredLayer[];
  /** Docker layer outcomes (no save in post: buildx writes its own cache). */
  docker: LayerOutcome[];
  write: { write: boolean; reason: string };
}

const mainState: decode.Decoder<MainState> = decode.object({
  layers: decode.array(
    decode.object({
      layer: decode.literal('deps', 'installed', 'build'),
      paths: decode.array(decode.string),
      key: decode.string,
      restoreKeys: decode.withDefault(decode.array(decode.string), []),
      outcome,
      keep: decode.optional(decode.string),
    }),
  ),
  docker: decode.array(outcome),
  write: decode.object({ write: decode.boolean, reason: decode.string }),
});

const NAME = 'cache-setup';

export function saveMainState(state: State, value: MainState): void {
  state.save(NAME, JSON.stringify(value));
}

/** The state main left; undefined when main stopped before planning (nothing to save then). */
export function readMainState(state: State): MainState | undefined {
  const text = state.get(NAME);
  if (!text) return undefined;
  return decodeDocument(mainState, parseJson(text, 'the main step state'), 'the main step state');
}
