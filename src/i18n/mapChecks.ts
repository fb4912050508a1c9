/**
 * Messages about what opening a map file repaired or left out, and the framework rule that not every
 * weight may be 0. They load with the app: Open and the framework editor need them.
 */
export const mapChecksEn = {
  'quality.framework.weightsAllZero': 'At least one dimension must weigh more than 0: with every weight at 0 no relationship could be scored.',
  'quality.framework.weightsAllZeroNow': 'Every weight is 0, so every dimension counts equally until one weighs more than 0.',
  'problem.zeroWeights': 'Every dimension of the quality framework had weight 0, so no relationship could be scored; each now weighs 1.',
  'problem.actorsObject': 'The actors were written as an object keyed by id instead of a list; {count} actors were read from it.',
  'problem.scoreRepaired': 'Relationship {id}, assessment {assessment}: the score for "{dimension}" was written as text "{value}"; it was read as {score}.',
  'problem.scoreDropped': 'Relationship {id}, assessment {assessment}: the score for "{dimension}" is "{value}", not a whole number from 1 to 5; it was left as not assessed.',
  'problem.badDate': 'Relationship {id}, assessment {assessment}: the date "{value}" is not a date (YYYY-MM-DD); it was left empty, so this assessment counts as the oldest.',
  'problem.notAnObject': '{what} number {index} is not a record ({value}); it was left out.',
  'open.problems.title': 'Opened “{title}” with {count} problems',
  'open.problems.titleOne': 'Opened “{title}” with 1 problem',
  'open.problems.intro': 'The map is open. These values in the file could not be used as they were: check them on the map, or fix the file and open it again.',
  'open.problems.close': 'Close',
} as const;
