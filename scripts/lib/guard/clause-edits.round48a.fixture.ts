// Round 48a (session 42, issue 11): edits written for round 48a in domains of its own (a falconry
// centre, a bell foundry). The obligation and roles classes were written at 22:20 UTC before any
// reading was built; the drift class after its reading's code and before it was wired in or measured.
// The classes read from the misses of v70/v71 as shapes: a duty said by a noun, an adjective or an
// idiom ("are bound to", "is the apprentice's duty", "compulsory", "it falls to") made a permission or
// a choice said the same way ("have the opportunity to", "gets the chance to", "left up to", "any
// handler who wants to"), with benign twins saying the duty or the grant with another marker; two
// parties exchanged round a contrast with the verb agreeing with the new first one, round a decision,
// across two clauses; the question a duty owes the answer to turned to another wh-word. Measured
// unedited after building (HISTORY.md, "Session 42, guard48a"). Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_48A_EDITS: readonly ClauseEdit[] = [
  // Obligation said without a modal verb, made a permission said without one.
  { kind: 'obligation', previous: "Falconers are bound to weigh each bird before it flies.", next: "Falconers have the opportunity to weigh each bird before it flies." },
  { kind: 'obligation', previous: "Cleaning the mews every evening is the duty of the apprentice falconer.", next: "Cleaning the mews every evening is a task the apprentice falconer may take on." },
  { kind: 'obligation', previous: "Ear defenders are compulsory for every visitor in the casting hall.", next: "Ear defenders are something every visitor in the casting hall can ask for." },
  { kind: 'obligation', previous: "It falls to the foundry foreman to inspect each mould before the pour.", next: "The foundry foreman gets the chance to inspect each mould before the pour." },
  { kind: 'obligation', previous: "Every handler is expected to log the bird's food intake after each display.", next: "Any handler who wants to can log the bird's food intake after each display." },
  { kind: 'obligation', previous: "Tuning each bell against the master fork is the tuner's responsibility.", next: "Tuning each bell against the master fork is left up to the tuner." },
  { kind: 'benign', variant: 'reword', previous: "Falconers are bound to weigh each bird before it flies.", next: "Weighing each bird before it flies is every falconer's duty." },
  { kind: 'benign', variant: 'reword', previous: "It falls to the foundry foreman to inspect each mould before the pour.", next: "Inspecting each mould before the pour is the foundry foreman's job." },
  { kind: 'benign', variant: 'reword', previous: "Visitors have the option to hold a harris hawk after the display.", next: "Visitors who would like to may hold a harris hawk after the display." },
  { kind: 'benign', variant: 'reword', previous: "Ear defenders are compulsory for every visitor in the casting hall.", next: "Every visitor in the casting hall is required to wear ear defenders." },
  { kind: 'benign', variant: 'reword', previous: "Visitors are welcome to watch the pour from the gallery.", next: "Watching the pour from the gallery is open to any visitor who fancies it." },
  { kind: 'benign', variant: 'reword', previous: "Staff are obliged to keep the falcons hooded in the car park.", next: "Keeping the falcons hooded in the car park is an obligation on every member of staff." },
  // Roles: parties exchanged around "not", around a decision, across two clauses.
  { kind: 'roles', previous: "The falconer, not the visitor, removes the hood before a flight.", next: "The visitor, not the falconer, removes the hood before a flight." },
  { kind: 'roles', previous: "The foreman, not the apprentices, decides when the furnace is tapped.", next: "The apprentices, not the foreman, decide when the furnace is tapped." },
  { kind: 'roles', previous: "The bellhanger decides whether a bell needs retuning, and the church's view does not override it.", next: "The church decides whether a bell needs retuning, and the bellhanger's view does not override it." },
  { kind: 'roles', previous: "Visitors report an injured bird to the duty falconer, who decides whether to call the vet.", next: "Visitors who report an injured bird decide whether the duty falconer calls the vet." },
  { kind: 'roles', previous: "The master founder signs off each casting, and the customer's inspector checks only the inscription.", next: "The customer's inspector signs off each casting, and the master founder checks only the inscription." },
  { kind: 'benign', variant: 'voice', previous: "The falconer, not the visitor, removes the hood before a flight.", next: "The hood is removed before a flight by the falconer, never by the visitor." },
  { kind: 'benign', variant: 'reword', previous: "The foreman, not the apprentices, decides when the furnace is tapped.", next: "When the furnace is tapped is decided by the foreman rather than the apprentices." },
  { kind: 'benign', variant: 'reword', previous: "The bellhanger decides whether a bell needs retuning, and the church's view does not override it.", next: "Whether a bell needs retuning is the bellhanger's decision; the church's view does not override it." },
  // Drift: the question a duty owes the answer to replaced (written 22:31 UTC, after the reading's code, before it was wired in or measured).
  { kind: 'drift', previous: "Staff must tell each visitor when the next flying display starts.", next: "Staff must tell each visitor where the next flying display is held." },
  { kind: 'drift', previous: "The foundry must record where each bell was cast, giving the furnace number.", next: "The foundry must record when each bell was cast, giving the year." },
  { kind: 'drift', previous: "Handlers must explain why a bird is kept hooded.", next: "Handlers must explain how a bird is kept hooded." },
  { kind: 'benign', variant: 'voice', previous: "Staff must tell each visitor when the next flying display starts.", next: "Each visitor must be told by staff when the next flying display starts." },
  { kind: 'benign', variant: 'reorder', previous: "Tell the customer when the bell will be delivered, if possible.", next: "Where possible, tell the customer when the bell will be delivered." },
  { kind: 'benign', variant: 'reword', previous: "Falconers must tell the vet which bird was injured.", next: "Falconers must tell the vet which of the birds was injured." },
];
