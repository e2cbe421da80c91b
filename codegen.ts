import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: './server/graphql/typeDefs/*.ts',
  documents: ['app/**/*.tsx', 'app/**/*.ts', '!app/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './server/graphql/resolvers.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: './context#GraphQLContext',
        useTypeImports: true,
        mapperTypeSuffix: 'Model',
        enumsAsTypes: true,
        enumValues: {
          Role: '../auth/permissions#Role',
          InvitationStatus: '../domain/invitations#InvitationStatus',
          TaskType: '../datasets/schema#TaskType',
          ColumnType: '../datasets/schema#ColumnType',
          DatasetFormat: '../datasets/parse#Format',
          RunStatus: '../../lib/runs/config#RunStatus',
          PhaseName: '../../lib/phases/spec#PhaseName',
          AnnotationKind: '../inputs#AnnotationKind',
        },
        scalars: { DateTime: 'Date', JSON: 'Record<string, unknown>' },
        mappers: {
          Viewer: './resolvers/account#ViewerModel',
          User: '../tenancy/scope#User',
          Team: './resolvers/team#TeamView',
          Member: '../domain/members#MemberRow',
          Invitation: '../domain/invitations#Invitation',
          ApiToken: '../domain/apiTokens#ApiToken',
          AuditEvent: '../domain/audit#AuditEvent',
          Worker: '../domain/workers#Worker',
          HealthCheck: '../domain/workers#HealthCheck',
          Dataset: '../domain/datasets#Dataset',
          DatasetVersion: '../domain/datasets#DatasetVersion',
          DatasetUpload: '../domain/datasetUploads#DatasetUpload',
          DatasetSample: '../datasets/samples#Sample',
          DatasetSchema: '../datasets/schema#DatasetSchema',
          ColumnStats: '../datasets/stats#ColumnStats',
          TokenStats: '../datasets/stats#TokenStats',
          Run: '../domain/runs#Run',
          Phase: '../domain/phases#EffectivePhase',
          PhaseDetection: '../../db/phaseDetections#PhaseDetectionRow',
          RunAnnotation: '../domain/annotations#RunAnnotation',
          RunGroup: '../domain/runGroups#RunGroup',
          RunExplanation: '../domain/runExplanations#Explanation',
          Prediction: '../domain/predictions#Prediction',
        },
      },
    },
    './app/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
        enumsAsTypes: true,
        documentMode: 'string',
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
