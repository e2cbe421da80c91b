export const coreTypeDefs = /* GraphQL */ `
  scalar DateTime
  scalar JSON
  "Any JSON value: a number, string, boolean, list or object."
  scalar JSONValue

  enum Role {
    OWNER
    ADMIN
    MEMBER
    VIEWER
  }

  enum InvitationStatus {
    PENDING
    ACCEPTED
    REVOKED
    EXPIRED
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type User {
    id: ID!
    email: String!
    name: String
  }

  type Viewer {
    user: User!
    memberships: [TeamMembership!]!
  }

  type TeamMembership {
    team: Team!
    role: Role!
  }

  type Team {
    id: ID!
    slug: String!
    name: String!
    createdAt: DateTime!
    "The caller's role here; for an API token, the token's effective role."
    viewerRole: Role!
    "What the caller may do here, as resource:action names; the UI hides what is missing."
    permissions: [String!]!
  }

  type Member {
    user: User!
    role: Role!
    joinedAt: DateTime!
  }
  type MemberEdge {
    cursor: String!
    node: Member!
  }
  type MemberConnection {
    edges: [MemberEdge!]!
    nodes: [Member!]!
    pageInfo: PageInfo!
  }

  type Invitation {
    id: ID!
    email: String!
    role: Role!
    status: InvitationStatus!
    invitedBy: User!
    createdAt: DateTime!
    expiresAt: DateTime!
  }
  type InvitationEdge {
    cursor: String!
    node: Invitation!
  }
  type InvitationConnection {
    edges: [InvitationEdge!]!
    nodes: [Invitation!]!
    pageInfo: PageInfo!
  }
  "What an invitation link reveals before sign-in."
  type InvitationPreview {
    teamName: String!
    invitedByName: String!
    email: String!
    role: Role!
    expiresAt: DateTime!
  }

  type ApiToken {
    id: ID!
    name: String!
    role: Role!
    "The first characters of the secret, to tell tokens apart."
    prefix: String!
    createdBy: User!
    createdAt: DateTime!
    lastUsedAt: DateTime
    revokedAt: DateTime
  }
  type ApiTokenEdge {
    cursor: String!
    node: ApiToken!
  }
  type ApiTokenConnection {
    edges: [ApiTokenEdge!]!
    nodes: [ApiToken!]!
    pageInfo: PageInfo!
  }

  type AuditEvent {
    id: ID!
    action: String!
    targetType: String!
    targetId: String
    actor: User
    "Set when the action came through an API token."
    actorTokenId: ID
    details: JSON!
    createdAt: DateTime!
  }
  type AuditEventEdge {
    cursor: String!
    node: AuditEvent!
  }
  type AuditEventConnection {
    edges: [AuditEventEdge!]!
    nodes: [AuditEvent!]!
    pageInfo: PageInfo!
  }

  type Worker {
    id: ID!
    "A short label that tells workers apart, such as: worker 3f2a1c."
    name: String!
    "Null unless the instance sets PHASELAB_EXPOSE_WORKER_HOSTS=1 (one organisation's own install): workers serve every team, and no tenant needs the hosts they run on."
    host: String
    pid: Int
    concurrency: Int!
    startedAt: DateTime!
    lastSeenAt: DateTime!
    online: Boolean!
  }
  type WorkerStatus {
    online: Int!
    workers: [Worker!]!
  }

  type HealthCheck {
    id: ID!
    requestedAt: DateTime!
    answeredAt: DateTime
    "Time from request to a worker's answer, through the queue."
    roundTripMs: Int
    worker: Worker
  }

  type Query {
    "The signed-in user, or null for an anonymous caller."
    viewer: Viewer
    "The active team: the API token's team, else the team named by the X-Phaselab-Team header (a slug), else your first team."
    team: Team!
    members(first: Int, after: String): MemberConnection!
    invitations(first: Int, after: String): InvitationConnection!
    "Public: what an invitation link leads to."
    invitation(token: String!): InvitationPreview!
    apiTokens(first: Int, after: String): ApiTokenConnection!
    auditEvents(first: Int, after: String): AuditEventConnection!
    workerStatus: WorkerStatus!
    healthCheck(id: ID!): HealthCheck!
  }

  input SignUpInput {
    email: String!
    password: String!
    name: String!
  }
  "The same answer whether or not the address has an account: the mail sent to it says which."
  type SignUpPayload {
    email: String!
  }

  input CreateTeamInput {
    name: String!
  }
  type CreateTeamPayload {
    team: Team!
  }
  input UpdateTeamInput {
    name: String!
  }
  type UpdateTeamPayload {
    team: Team!
  }

  input CreateInvitationInput {
    email: String!
    role: Role!
  }
  type CreateInvitationPayload {
    invitation: Invitation!
    "The link to send the invitee; shown once."
    inviteUrl: String!
  }
  type RevokeInvitationPayload {
    invitation: Invitation!
  }
  type AcceptInvitationPayload {
    team: Team!
  }

  input ChangeMemberRoleInput {
    userId: ID!
    role: Role!
  }
  type ChangeMemberRolePayload {
    member: Member!
  }
  type RemoveMemberPayload {
    removedUserId: ID!
  }
  type LeaveTeamPayload {
    teamId: ID!
  }

  input CreateApiTokenInput {
    name: String!
    role: Role!
  }
  type CreateApiTokenPayload {
    apiToken: ApiToken!
    "The secret, shown once: send it as Authorization: Bearer <secret>."
    secret: String!
  }
  type RevokeApiTokenPayload {
    apiToken: ApiToken!
  }

  type RequestHealthCheckPayload {
    healthCheck: HealthCheck!
  }

  type Mutation {
    "Public: asks for an account with email and password. The account is made when the link mailed to the address is opened (it then signs in and leads to \`next\`, a path of the app)."
    signUp(input: SignUpInput!, next: String): SignUpPayload!
    createTeam(input: CreateTeamInput!): CreateTeamPayload!
    updateTeam(input: UpdateTeamInput!): UpdateTeamPayload!
    createInvitation(input: CreateInvitationInput!): CreateInvitationPayload!
    revokeInvitation(id: ID!): RevokeInvitationPayload!
    acceptInvitation(token: String!): AcceptInvitationPayload!
    changeMemberRole(input: ChangeMemberRoleInput!): ChangeMemberRolePayload!
    removeMember(userId: ID!): RemoveMemberPayload!
    leaveTeam: LeaveTeamPayload!
    createApiToken(input: CreateApiTokenInput!): CreateApiTokenPayload!
    revokeApiToken(id: ID!): RevokeApiTokenPayload!
    "Sends a job through the queue; a worker answers it."
    requestHealthCheck: RequestHealthCheckPayload!
    "Signed-in users only (not API tokens). Ends every other session of the account; this one stays signed in."
    changePassword(input: ChangePasswordInput!): ChangePasswordPayload!
  }

  input ChangePasswordInput {
    currentPassword: String!
    newPassword: String!
  }
  type ChangePasswordPayload {
    user: User!
  }
`;
