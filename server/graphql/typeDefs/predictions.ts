export const predictionTypeDefs = /* GraphQL */ `
  enum PredictionStatus {
    PENDING
    DONE
    FAILED
  }

  type ClassProbability {
    class: String!
    probability: Float!
  }

  type PredictedRow {
    "The input row, column → value."
    row: JSON!
    label: String!
    "Every class's probability, most likely first; null where the model gives none."
    probabilities: [ClassProbability!]
  }

  "Rows scored by a finished run's model; a worker answers, usually within seconds."
  type Prediction {
    id: ID!
    status: PredictionStatus!
    "In the order of the rows asked for; null while pending."
    results: [PredictedRow!]
    error: String
    requestedAt: DateTime!
    answeredAt: DateTime
  }

  type PredictionPayload {
    prediction: Prediction!
  }

  extend type Query {
    prediction(id: ID!): Prediction!
  }

  extend type Mutation {
    "Scores rows (column → value, in the dataset's feature columns; missing and unseen values allowed) with a run that succeeded."
    requestPredictions(runId: ID!, rows: [JSON!]!): PredictionPayload!
  }
`;
