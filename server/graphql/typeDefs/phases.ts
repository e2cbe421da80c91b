export const phaseTypeDefs = /* GraphQL */ `
  enum PhaseName {
    FITTING
    SETTLING
    MEMORIZATION
  }

  "A stretch of a run's curves: fitting, settling or memorization (Tänzer et al., 2022)."
  type Phase {
    phase: PhaseName!
    "Epochs, from and to."
    start: Float!
    end: Float!
    "0 to 1: how clearly the curves show it; 1 for a person's correction."
    confidence: Float!
    "What the detector saw: slopes, levels and the signal that marked memorization."
    evidence: JSON!
    "The annotation that corrects the detected phase; null when the phase is as detected."
    correction: RunAnnotation
  }

  enum PhaseDetectionStatus {
    DETECTED
    INSUFFICIENT_DATA
  }

  "The phase detector's latest word on a run."
  type PhaseDetection {
    "The detector's method and version, e.g. piecewise-2."
    version: String!
    params: JSON!
    status: PhaseDetectionStatus!
    "False while the run trains: the phases may still move."
    final: Boolean!
    epochsSeen: Int!
    "As detected, before people's corrections."
    phases: [Phase!]!
    "One line a person can read, e.g. validation plateaued from epoch 2 (slope 0.1%/epoch)."
    explanation: String!
    evidence: JSON!
    "Who asked for it; null when a worker ran it."
    requestedBy: User
    detectedAt: DateTime!
  }

  enum AnnotationKind {
    BAND
    MARKER
  }

  "A person's mark on a run's curves: a band over epochs or a marker at one."
  type RunAnnotation {
    id: ID!
    kind: AnnotationKind!
    label: String!
    start: Float!
    "Null for a marker."
    end: Float
    colour: String!
    note: String!
    "The detected phase this band corrects, if any."
    phase: PhaseName
    author: User!
    "Whether the caller may edit or delete it: authors only."
    editable: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  extend type Run {
    "Phases as they stand: detected, with people's corrections winning."
    phases: [Phase!]!
    phaseDetection: PhaseDetection
    annotations: [RunAnnotation!]!
  }

  "Detector parameters; what is left out keeps the run's current ones, else the defaults."
  input PhaseDetectorParams {
    minEpochs: Int
    plateauSlope: Float
    memorizationSlope: Float
    memorizationRise: Float
    gapRise: Float
    minSettling: Float
  }

  input RunAnnotationInput {
    kind: AnnotationKind!
    label: String!
    start: Float!
    end: Float
    "#rrggbb; amber when left out."
    colour: String
    note: String
    "Set on a band that corrects the detector's boundaries of this phase."
    phase: PhaseName
  }

  type RunAnnotationPayload {
    annotation: RunAnnotation!
  }
  type DeleteRunAnnotationPayload {
    deletedId: ID!
  }

  extend type Mutation {
    "Runs the phase detector again on the run's curves, with other parameters if given."
    detectPhases(runId: ID!, params: PhaseDetectorParams): RunPayload!
    createRunAnnotation(runId: ID!, input: RunAnnotationInput!): RunAnnotationPayload!
    "Authors only."
    updateRunAnnotation(id: ID!, input: RunAnnotationInput!): RunAnnotationPayload!
    "Authors only."
    deleteRunAnnotation(id: ID!): DeleteRunAnnotationPayload!
  }
`;
