/** Messages about text as typed or opened: dates, blank names, names and types repaired on open. */
export const textHygieneEn = {
  'validation.impossibleDate': 'This date does not exist (check the day and month). The saved date was kept.',
  'problem.emptyFile': '{file} is empty; there is no map in it.',
  'problem.typeByLabel': 'Actor type "{value}" is the name of the built-in type "{type}"; those actors now have that type.',
  'problem.nameConverted': 'Actor {id} had a number as its name ({value}); it was turned into the text "{value}".',
  'problem.nameWrongType': 'Actor {id} had a name that is not text ({value}); it was named "{id}". Rename it.',
  'problem.nameCleaned': 'The name of actor {id} held invisible or control characters; they were removed ("{value}").',
} as const;
