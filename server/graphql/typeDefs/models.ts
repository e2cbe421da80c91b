export const modelTypeDefs = /* GraphQL */ `
  "A transformer the team pre-trained (a pre-training run) and can fine-tune: ready once its run succeeded."
  type BaseModel {
    "The pre-training run's id; fine-tuning configs name it as baseModelId."
    id: ID!
    name: String!
    "queued or running: still pre-training (a fine-tuning run that names it waits); succeeded: ready."
    status: RunStatus!
    preset: String!
    layers: Int!
    hidden: Int!
    heads: Int!
    "Longest input in tokens."
    maxLength: Int!
    "WordPiece vocabulary size asked for (a small corpus may give fewer)."
    vocabularySize: Int!
    "The text it was pre-trained on."
    corpus: DatasetVersion!
    "Its pre-training run: curves of MLM loss and accuracy, logs, the stored weights."
    run: Run!
    "Masked-token accuracy on the corpus's validation split at the end; null until it finished."
    mlmAccuracy: Float
    createdAt: DateTime!
    "How its WordPiece tokenizer splits a text (pieces after a word's first start with ##); empty until it finished."
    tokenize(text: String!): [String!]!
  }

  extend type Query {
    "The team's base models, newest first."
    baseModels: [BaseModel!]!
  }

  extend type Run {
    "The base model a fine-tuning run started from (its architecture and tokenizer, and its weights unless it started from random ones)."
    baseModel: BaseModel
  }
`;
