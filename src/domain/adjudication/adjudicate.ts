// PLACEHOLDER: being written by the adjudication helper; replaced wholesale.
import { adjudicationInputSchema, type Adjudication, type AdjudicationInput } from './schemas';

export function adjudicate(input: AdjudicationInput): Adjudication {
  adjudicationInputSchema.parse(input);
  throw new Error('not implemented yet');
}
