/**
 * Stage state machines: pure, typed, serialisable lifecycles that explain
 * refusals. A machine is data ({@link defineMachine}); {@link transition} is
 * pure; snapshots are plain JSON ({@link snapshotSchema}); diagrams come from
 * the same definition ({@link toMermaid}).
 *
 * @module machines
 */
export { availableEvents, type AvailableEventsOptions, type EventAvailability } from "./availableEvents.js";
export {
  defineMachine,
  type ContextOf,
  type ContextUpdate,
  type EventOf,
  type Guard,
  type Machine,
  type MachineConfig,
  type MachineEvent,
  type MachineEventSchema,
  type StateConfig,
  type StateOf,
  type TransitionConfig,
} from "./defineMachine.js";
export { parseEvent } from "./parseEvent.js";
export { replay, type ReplayResult } from "./replay.js";
export { initialSnapshot, type AuditEntry, type Snapshot, type SnapshotOf } from "./snapshot.js";
export { snapshotSchema } from "./snapshotSchema.js";
export { toMermaid } from "./toMermaid.js";
export { transition, type Refusal, type RefusalReason, type TransitionResult } from "./transition.js";
export { peerCoachingMachine } from "./peerCoachingMachine.js";
export { dayOfTimestamp, TimestampSchema } from "./timestamp.js";
export { classroomVisitMachine, createClassroomVisitMachine, type ClassroomVisitMachineOptions } from "./classroomVisitMachine.js";
export { overdueStages, OverdueStageSchema, type OverdueStage } from "./overdueStages.js";
export {
  createSharingActivityMachine,
  sharingActivityContext,
  sharingActivityMachine,
  StageProgressSchema,
  type SharingActivityMachineOptions,
  type SharingActivityStart,
  type StageProgress,
} from "./sharingActivityMachine.js";
export {
  createLearningCommunityMachine,
  learningCommunityMachine,
  type LearningCommunityMachineOptions,
} from "./learningCommunityMachine.js";
export { machineToMarkdown, type MachineToMarkdownOptions } from "./machineToMarkdown.js";
// The locale type, so that a tool importing only this subpath can name it.
export { en, LocaleSchema, type CollegiateLocale, type Locale, type LocaleOptions } from "../text/locale.js";
