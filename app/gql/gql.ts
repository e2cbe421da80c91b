/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WorkerStatus {\n    workerStatus {\n      online\n      workers {\n        id\n        name\n        concurrency\n        online\n        lastSeenAt\n      }\n    }\n  }\n": typeof types.WorkerStatusDocument,
    "\n  mutation RequestHealthCheck {\n    requestHealthCheck {\n      healthCheck {\n        id\n      }\n    }\n  }\n": typeof types.RequestHealthCheckDocument,
    "\n  query HealthCheck($id: ID!) {\n    healthCheck(id: $id) {\n      id\n      answeredAt\n      roundTripMs\n      worker {\n        name\n        host\n        pid\n      }\n    }\n  }\n": typeof types.HealthCheckDocument,
    "\n  fragment SeriesColumns on MetricSeries {\n    runId\n    key\n    steps\n    epochs\n    values\n    wallTimes\n  }\n": typeof types.SeriesColumnsFragmentDoc,
    "\n  query Invitations {\n    invitations(first: 50) {\n      nodes {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n        invitedBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query Members($after: String) {\n    members(first: 100, after: $after) {\n      nodes {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      removedUserId\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation LeaveTeam {\n    leaveTeam {\n      teamId\n    }\n  }\n": typeof types.LeaveTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  query ActiveTeam {\n    team {\n      id\n      slug\n      name\n      viewerRole\n      permissions\n    }\n  }\n": typeof types.ActiveTeamDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      teamName\n      invitedByName\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      team {\n        slug\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query SharedComparison($token: String!) {\n    sharedComparison(token: $token) {\n      name\n      note\n      metrics\n      settings\n      updatedAt\n      runs {\n        id\n        name\n        kind\n        status\n        config\n        summary\n        testUncertainty {\n          intervals {\n            key\n            low\n            high\n          }\n        }\n        phases {\n          phase\n          start\n          end\n        }\n        marks {\n          kind\n          label\n          start\n          end\n          colour\n        }\n      }\n      series(withWallTime: true) {\n        ...SeriesColumns\n      }\n    }\n  }\n": typeof types.SharedComparisonDocument,
    "\n  mutation SignUp($input: SignUpInput!, $next: String) {\n    signUp(input: $input, next: $next) {\n      email\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SavedComparison($id: ID!) {\n    comparison(id: $id) {\n      id\n      name\n      note\n      metrics\n      settings\n      group {\n        id\n        name\n      }\n      runs {\n        ...CompareRunFields\n      }\n      series {\n        ...SeriesColumns\n      }\n      createdBy {\n        name\n      }\n      updatedAt\n      shareLinks {\n        id\n        createdAt\n        expiresAt\n        revokedAt\n        active\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SavedComparisonDocument,
    "\n  mutation UpdateComparison($id: ID!, $input: ComparisonInput!) {\n    updateComparison(id: $id, input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n": typeof types.UpdateComparisonDocument,
    "\n  mutation DeleteComparison($id: ID!) {\n    deleteComparison(id: $id) {\n      deletedId\n    }\n  }\n": typeof types.DeleteComparisonDocument,
    "\n  mutation CreateShareLink($id: ID!, $expiresAt: DateTime) {\n    createShareLink(comparisonId: $id, expiresAt: $expiresAt) {\n      path\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      shareLink {\n        id\n      }\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query CompareRuns($ids: [ID!]!) {\n    runsByIds(ids: $ids) {\n      ...CompareRunFields\n    }\n  }\n": typeof types.CompareRunsDocument,
    "\n  query CompareGroup($id: ID!) {\n    runGroup(id: $id) {\n      id\n      name\n      runs {\n        ...CompareRunFields\n      }\n    }\n  }\n": typeof types.CompareGroupDocument,
    "\n  fragment CompareRunFields on Run {\n    id\n    name\n    kind\n    status\n    config\n    summary\n    testUncertainty {\n      intervals {\n        key\n        low\n        high\n      }\n    }\n    metricKeys\n    phases {\n      phase\n      start\n      end\n    }\n    annotations {\n      kind\n      label\n      start\n      end\n      colour\n    }\n  }\n": typeof types.CompareRunFieldsFragmentDoc,
    "\n  query CompareMetrics($ids: [ID!]!, $keys: [String!], $maxPoints: Int!, $withWallTime: Boolean!) {\n    runMetrics(runIds: $ids, keys: $keys, maxPoints: $maxPoints, withWallTime: $withWallTime) {\n      runId\n      key\n      steps\n      epochs\n      values\n      wallTimes @include(if: $withWallTime)\n    }\n  }\n": typeof types.CompareMetricsDocument,
    "\n  mutation SaveComparison($input: ComparisonInput!) {\n    saveComparison(input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n": typeof types.SaveComparisonDocument,
    "\n  query Dataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      archived\n      versions {\n        id\n        number\n        taskType\n        filename\n        bytes\n        rowCount\n        note\n        createdAt\n        downloadUrl\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n        splitConfig {\n          train\n          validation\n          test\n          seed\n        }\n        splitCounts {\n          train\n          validation\n          test\n        }\n        labelDistribution {\n          value\n          count\n        }\n        tokenStats {\n          count\n          tagScheme\n        }\n        columnStats {\n          name\n          type\n          missing\n          distinct\n          distinctCapped\n          min\n          max\n          mean\n          top {\n            value\n            count\n          }\n        }\n        preview\n      }\n    }\n  }\n": typeof types.DatasetDocument,
    "\n  mutation RenameDataset($input: RenameDatasetInput!) {\n    renameDataset(input: $input) {\n      dataset {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RenameDatasetDocument,
    "\n  mutation ArchiveDataset($id: ID!) {\n    archiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n": typeof types.ArchiveDatasetDocument,
    "\n  mutation UnarchiveDataset($id: ID!) {\n    unarchiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n": typeof types.UnarchiveDatasetDocument,
    "\n  mutation DeleteDataset($id: ID!) {\n    deleteDataset(id: $id) {\n      deletedId\n    }\n  }\n": typeof types.DeleteDatasetDocument,
    "\n  query DatasetSamples {\n    datasetSamples {\n      key\n      name\n      description\n      taskType\n      paradigm\n    }\n  }\n": typeof types.DatasetSamplesDocument,
    "\n  mutation CreateSampleDataset($key: String!) {\n    createSampleDataset(key: $key) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.CreateSampleDatasetDocument,
    "\n  query DatasetUpload($id: ID!) {\n    datasetUpload(id: $id) {\n      id\n      filename\n      format\n      bytes\n      rowCount\n      columns\n      preview\n      inferredSchema {\n        taskType\n        labelColumn\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.DatasetUploadDocument,
    "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": typeof types.CreateDatasetDocument,
    "\n  mutation CreateDatasetVersion($input: CreateDatasetVersionInput!) {\n    createDatasetVersion(input: $input) {\n      version {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CreateDatasetVersionDocument,
    "\n  query DatasetName($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DatasetNameDocument,
    "\n  query Datasets($after: String, $includeArchived: Boolean, $search: String) {\n    datasets(first: 25, after: $after, includeArchived: $includeArchived, search: $search) {\n      nodes {\n        id\n        name\n        archived\n        updatedAt\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DatasetsDocument,
    "\n  query Findings {\n    findings {\n      group {\n        id\n        name\n        createdAt\n        runs {\n          id\n          status\n        }\n      }\n      claim\n      scoreKey\n      claimed\n      verdict\n      differences {\n        versus\n        mean\n        low\n        high\n        seeds\n      }\n      scores {\n        configuration\n        seed\n        value\n      }\n      phases {\n        claim\n        verdict\n        runs {\n          configuration\n          seed\n          phases\n        }\n      }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  query BaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      layers\n      hidden\n      heads\n      maxLength\n      vocabularySize\n      mlmAccuracy\n      createdAt\n      corpus {\n        id\n        number\n        dataset {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BaseModelsDocument,
    "\n  query TokenizeWithBaseModels($text: String!) {\n    baseModels {\n      id\n      tokenize(text: $text)\n    }\n  }\n": typeof types.TokenizeWithBaseModelsDocument,
    "\n  query TeamHome {\n    running: runs(first: 10, filter: { status: RUNNING }) {\n      nodes {\n        id\n        name\n        progress\n        epochsDone\n        epochs\n      }\n    }\n    recent: runs(first: 8) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n      }\n    }\n    comparisons(first: 8) {\n      id\n      name\n      updatedAt\n      createdBy {\n        name\n      }\n    }\n  }\n": typeof types.TeamHomeDocument,
    "\n  query TeamActivity {\n    auditEvents(first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamActivityDocument,
    "\n  query RuleSet($id: ID!) {\n    ruleSet(id: $id) {\n      id\n      name\n      description\n      rules {\n        id\n        kind\n        field\n        pattern\n        class\n        priority\n        enabled\n        note\n        author {\n          name\n        }\n      }\n      history(first: 50) {\n        id\n        action\n        createdAt\n        before\n        after\n        actor {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RuleSetDocument,
    "\n  query RuleDatasets {\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          schema {\n            columns {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RuleDatasetsDocument,
    "\n  mutation ToggleRule($id: ID!, $input: RuleChanges!) {\n    updateRule(id: $id, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.ToggleRuleDocument,
    "\n  mutation DeleteRule($id: ID!) {\n    deleteRule(id: $id) {\n      deletedId\n    }\n  }\n": typeof types.DeleteRuleDocument,
    "\n  query ExportRules($id: ID!, $format: RuleFormat!) {\n    ruleSet(id: $id) {\n      id\n      export(format: $format)\n    }\n  }\n": typeof types.ExportRulesDocument,
    "\n  mutation ImportRules($id: ID!, $format: RuleFormat!, $text: String!, $replace: Boolean) {\n    importRules(ruleSetId: $id, format: $format, text: $text, replace: $replace) {\n      rules {\n        id\n      }\n    }\n  }\n": typeof types.ImportRulesDocument,
    "\n  query RuleSetAnalysis($id: ID!, $versionId: ID!) {\n    ruleSet(id: $id) {\n      id\n      analysis(datasetVersionId: $versionId) {\n        rows\n        coverage\n        overlaps\n        conflicts\n        rules {\n          rule {\n            id\n            kind\n            pattern\n            class\n          }\n          matches\n          coverage\n          overlaps\n          conflicts\n          correct\n          incorrect\n          accuracy\n        }\n      }\n    }\n  }\n": typeof types.RuleSetAnalysisDocument,
    "\n  query TestRule($input: RuleTestInput!) {\n    testRule(input: $input) {\n      rows\n      totalRows\n      matches\n      labeled\n      correct\n      precision\n      milliseconds\n      samples {\n        row\n        text\n        label\n        start\n        end\n      }\n    }\n  }\n": typeof types.TestRuleDocument,
    "\n  mutation CreateRule($ruleSetId: ID!, $input: RuleInput!) {\n    createRule(ruleSetId: $ruleSetId, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.CreateRuleDocument,
    "\n  query RuleSets {\n    ruleSets {\n      id\n      name\n      description\n      updatedAt\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n": typeof types.RuleSetsDocument,
    "\n  mutation CreateRuleSet($input: RuleSetInput!) {\n    createRuleSet(input: $input) {\n      ruleSet {\n        id\n      }\n    }\n  }\n": typeof types.CreateRuleSetDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      kind\n      status\n      progress\n      epochsDone\n      epochs\n      seed\n      config\n      summary\n      testUncertainty {\n        items\n        smallestClass\n        smallestClassItems\n        intervals {\n          key\n          low\n          high\n        }\n      }\n      backend\n      workerHost\n      error\n      errorStack\n      cancelRequested\n      runsAheadInQueue\n      waitReason\n      createdAt\n      startedAt\n      finishedAt\n      tags\n      notes\n      parent {\n        id\n        name\n      }\n      baseModel {\n        id\n        name\n      }\n      datasetVersion {\n        number\n        taskType\n        dataset {\n          id\n          name\n        }\n      }\n      experiment {\n        id\n        name\n      }\n      keyTags {\n        key\n        value\n      }\n      metrics(maxPoints: 500) {\n        key\n        points {\n          epoch\n          value\n        }\n      }\n      logs(last: 100) {\n        id\n        at\n        attempt\n        level\n        message\n      }\n      phases {\n        phase\n        start\n        end\n        confidence\n        correction {\n          id\n          author {\n            name\n            email\n          }\n        }\n      }\n      phaseDetection {\n        status\n        final\n        version\n        explanation\n        params\n      }\n      annotations {\n        id\n        kind\n        label\n        start\n        end\n        colour\n        note\n        phase\n        editable\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  query RunEpochDetails($id: ID!) {\n    run(id: $id) {\n      id\n      artifacts {\n        name\n        epoch\n        bytes\n      }\n      noisyExamples {\n        firstMemorizedEpoch\n      }\n    }\n  }\n": typeof types.RunEpochDetailsDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  mutation RetryRun($id: ID!) {\n    retryRun(id: $id) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.RetryRunDocument,
    "\n  mutation CreateRunAnnotation($runId: ID!, $input: RunAnnotationInput!) {\n    createRunAnnotation(runId: $runId, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n": typeof types.CreateRunAnnotationDocument,
    "\n  mutation UpdateRunAnnotation($id: ID!, $input: RunAnnotationInput!) {\n    updateRunAnnotation(id: $id, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n": typeof types.UpdateRunAnnotationDocument,
    "\n  mutation DeleteRunAnnotation($id: ID!) {\n    deleteRunAnnotation(id: $id) {\n      deletedId\n    }\n  }\n": typeof types.DeleteRunAnnotationDocument,
    "\n  query RunExplanation($id: ID!) {\n    run(id: $id) {\n      id\n      explanation {\n        crossWeights(first: 15) {\n          feature\n          class\n          weight\n        }\n        embeddingColumns\n      }\n    }\n  }\n": typeof types.RunExplanationDocument,
    "\n  query EmbeddingNeighbours($id: ID!, $column: String!, $value: String!) {\n    run(id: $id) {\n      id\n      embeddingNeighbours(column: $column, value: $value, first: 8) {\n        value\n        similarity\n      }\n    }\n  }\n": typeof types.EmbeddingNeighboursDocument,
    "\n  query RunGroup($id: ID!) {\n    run(id: $id) {\n      id\n      group {\n        id\n        name\n        kind\n        varies\n        scoreKeys\n        configurations {\n          label\n          runs {\n            id\n            name\n            seed\n            status\n          }\n          scores {\n            key\n            mean\n            low\n            high\n            n\n            best\n          }\n        }\n        runs {\n          id\n          status\n          config\n          summary\n        }\n      }\n    }\n  }\n": typeof types.RunGroupDocument,
    "\n  query HybridReport($id: ID!) {\n    run(id: $id) {\n      id\n      config\n      datasetVersion {\n        id\n        number\n      }\n      hybridReport {\n        mode\n        combiner\n        items\n        released {\n          precision\n          recall\n          f1\n          macroF1\n          coverage\n          coverageByRules\n          coverageByModel\n          review\n        }\n        ungated {\n          precision\n          macroF1\n          coverage\n        }\n        modelOnly {\n          precision\n          macroF1\n        }\n        rulesFixed\n        rulesBroke\n        weakLabels\n        textField\n        curve {\n          coverage\n          precision\n          threshold\n        }\n        classes {\n          name\n          precision\n          recall\n          f1\n          support\n          validationPrecision\n          released\n        }\n      }\n      reviewQueue(first: 25) {\n        row\n        text\n        label\n        ruleClass\n        modelClass\n        modelConfidence\n        decision\n        reason\n      }\n    }\n  }\n": typeof types.HybridReportDocument,
    "\n  mutation RelabelReviewed($input: RelabelRowsInput!) {\n    relabelRows(input: $input) {\n      version {\n        number\n      }\n    }\n  }\n": typeof types.RelabelReviewedDocument,
    "\n  query RunLabelErrors($id: ID!, $ranking: LabelErrorRanking) {\n    run(id: $id) {\n      id\n      labelErrors(first: 20, ranking: $ranking) {\n        ranking\n        rankings {\n          ranking\n          available\n          detectionF1\n          preferred\n        }\n        earlyEpochsFrom\n        earlyEpochsThrough\n        examples {\n          row\n          line\n          text\n          givenLabel\n          predictedLabel\n          score\n          injected\n        }\n      }\n    }\n  }\n": typeof types.RunLabelErrorsDocument,
    "\n  mutation DetectPhases($runId: ID!, $params: PhaseDetectorParams) {\n    detectPhases(runId: $runId, params: $params) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.DetectPhasesDocument,
    "\n  query PredictColumns($id: ID!) {\n    run(id: $id) {\n      id\n      datasetVersion {\n        id\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.PredictColumnsDocument,
    "\n  mutation RequestPredictions($runId: ID!, $rows: [JSON!]!) {\n    requestPredictions(runId: $runId, rows: $rows) {\n      prediction {\n        id\n      }\n    }\n  }\n": typeof types.RequestPredictionsDocument,
    "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      id\n      status\n      error\n      requestedAt\n      results {\n        row\n        label\n        probabilities {\n          class\n          probability\n        }\n      }\n    }\n  }\n": typeof types.PredictionDocument,
    "\n  query RunListColumns {\n    runListColumns {\n      source\n      key\n    }\n    runColumnChoices {\n      metrics\n      configFields\n    }\n  }\n": typeof types.RunListColumnsDocument,
    "\n  mutation SetRunListColumns($columns: [RunColumnInput!]!) {\n    setRunListColumns(columns: $columns) {\n      source\n      key\n    }\n  }\n": typeof types.SetRunListColumnsDocument,
    "\n  mutation UpdateRun($id: ID!, $input: UpdateRunInput!) {\n    updateRun(id: $id, input: $input) {\n      run {\n        id\n        name\n        tags\n        notes\n      }\n    }\n  }\n": typeof types.UpdateRunDocument,
    "\n  query NewRunRuleSets {\n    ruleSets {\n      id\n      name\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n": typeof types.NewRunRuleSetsDocument,
    "\n  query NewRunBaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      maxLength\n    }\n  }\n": typeof types.NewRunBaseModelsDocument,
    "\n  query NewRunChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      description\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n    }\n  }\n": typeof types.NewRunChoicesDocument,
    "\n  query NewRunVersionColumns($id: ID!) {\n    datasetVersion(id: $id) {\n      id\n      schema {\n        labelColumn\n      }\n      columnStats {\n        name\n        type\n        distinct\n      }\n    }\n  }\n": typeof types.NewRunVersionColumnsDocument,
    "\n  mutation LaunchAblation($input: CreateRunInput!, $seeds: Int) {\n    launchAblation(input: $input, seeds: $seeds) {\n      group {\n        runs {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LaunchAblationDocument,
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": typeof types.CreateRunDocument,
    "\n  query Runs($after: String, $filter: RunFilter, $orderBy: RunOrder, $bestKeys: [String!]!) {\n    runs(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n        name\n        kind\n        status\n        progress\n        epochsDone\n        epochs\n        runsAheadInQueue\n        waitReason\n        tags\n        createdAt\n        summary\n        config\n        bestValues(keys: $bestKeys) {\n          key\n          value\n        }\n        datasetVersion {\n          number\n          dataset {\n            name\n          }\n        }\n        experiment {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  query RunFilterChoices {\n    runKinds {\n      kind\n      label\n    }\n    experiments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    datasets(first: 100, includeArchived: true) {\n      nodes {\n        id\n        name\n      }\n    }\n    members(first: 100) {\n      nodes {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RunFilterChoicesDocument,
    "\n  query SweepChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n        }\n      }\n    }\n  }\n": typeof types.SweepChoicesDocument,
    "\n  mutation LaunchSweep($input: LaunchSweepInput!) {\n    launchSweep(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n": typeof types.LaunchSweepDocument,
    "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        actorTokenId\n        details\n        createdAt\n        actor {\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query ApiTokens {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
};
const documents: Documents = {
    "\n  query WorkerStatus {\n    workerStatus {\n      online\n      workers {\n        id\n        name\n        concurrency\n        online\n        lastSeenAt\n      }\n    }\n  }\n": types.WorkerStatusDocument,
    "\n  mutation RequestHealthCheck {\n    requestHealthCheck {\n      healthCheck {\n        id\n      }\n    }\n  }\n": types.RequestHealthCheckDocument,
    "\n  query HealthCheck($id: ID!) {\n    healthCheck(id: $id) {\n      id\n      answeredAt\n      roundTripMs\n      worker {\n        name\n        host\n        pid\n      }\n    }\n  }\n": types.HealthCheckDocument,
    "\n  fragment SeriesColumns on MetricSeries {\n    runId\n    key\n    steps\n    epochs\n    values\n    wallTimes\n  }\n": types.SeriesColumnsFragmentDoc,
    "\n  query Invitations {\n    invitations(first: 50) {\n      nodes {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n        invitedBy {\n          email\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query Members($after: String) {\n    members(first: 100, after: $after) {\n      nodes {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      removedUserId\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation LeaveTeam {\n    leaveTeam {\n      teamId\n    }\n  }\n": types.LeaveTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  query ActiveTeam {\n    team {\n      id\n      slug\n      name\n      viewerRole\n      permissions\n    }\n  }\n": types.ActiveTeamDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      teamName\n      invitedByName\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      team {\n        slug\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query SharedComparison($token: String!) {\n    sharedComparison(token: $token) {\n      name\n      note\n      metrics\n      settings\n      updatedAt\n      runs {\n        id\n        name\n        kind\n        status\n        config\n        summary\n        testUncertainty {\n          intervals {\n            key\n            low\n            high\n          }\n        }\n        phases {\n          phase\n          start\n          end\n        }\n        marks {\n          kind\n          label\n          start\n          end\n          colour\n        }\n      }\n      series(withWallTime: true) {\n        ...SeriesColumns\n      }\n    }\n  }\n": types.SharedComparisonDocument,
    "\n  mutation SignUp($input: SignUpInput!, $next: String) {\n    signUp(input: $input, next: $next) {\n      email\n    }\n  }\n": types.SignUpDocument,
    "\n  query SavedComparison($id: ID!) {\n    comparison(id: $id) {\n      id\n      name\n      note\n      metrics\n      settings\n      group {\n        id\n        name\n      }\n      runs {\n        ...CompareRunFields\n      }\n      series {\n        ...SeriesColumns\n      }\n      createdBy {\n        name\n      }\n      updatedAt\n      shareLinks {\n        id\n        createdAt\n        expiresAt\n        revokedAt\n        active\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n": types.SavedComparisonDocument,
    "\n  mutation UpdateComparison($id: ID!, $input: ComparisonInput!) {\n    updateComparison(id: $id, input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n": types.UpdateComparisonDocument,
    "\n  mutation DeleteComparison($id: ID!) {\n    deleteComparison(id: $id) {\n      deletedId\n    }\n  }\n": types.DeleteComparisonDocument,
    "\n  mutation CreateShareLink($id: ID!, $expiresAt: DateTime) {\n    createShareLink(comparisonId: $id, expiresAt: $expiresAt) {\n      path\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      shareLink {\n        id\n      }\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  query CompareRuns($ids: [ID!]!) {\n    runsByIds(ids: $ids) {\n      ...CompareRunFields\n    }\n  }\n": types.CompareRunsDocument,
    "\n  query CompareGroup($id: ID!) {\n    runGroup(id: $id) {\n      id\n      name\n      runs {\n        ...CompareRunFields\n      }\n    }\n  }\n": types.CompareGroupDocument,
    "\n  fragment CompareRunFields on Run {\n    id\n    name\n    kind\n    status\n    config\n    summary\n    testUncertainty {\n      intervals {\n        key\n        low\n        high\n      }\n    }\n    metricKeys\n    phases {\n      phase\n      start\n      end\n    }\n    annotations {\n      kind\n      label\n      start\n      end\n      colour\n    }\n  }\n": types.CompareRunFieldsFragmentDoc,
    "\n  query CompareMetrics($ids: [ID!]!, $keys: [String!], $maxPoints: Int!, $withWallTime: Boolean!) {\n    runMetrics(runIds: $ids, keys: $keys, maxPoints: $maxPoints, withWallTime: $withWallTime) {\n      runId\n      key\n      steps\n      epochs\n      values\n      wallTimes @include(if: $withWallTime)\n    }\n  }\n": types.CompareMetricsDocument,
    "\n  mutation SaveComparison($input: ComparisonInput!) {\n    saveComparison(input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n": types.SaveComparisonDocument,
    "\n  query Dataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      archived\n      versions {\n        id\n        number\n        taskType\n        filename\n        bytes\n        rowCount\n        note\n        createdAt\n        downloadUrl\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n        splitConfig {\n          train\n          validation\n          test\n          seed\n        }\n        splitCounts {\n          train\n          validation\n          test\n        }\n        labelDistribution {\n          value\n          count\n        }\n        tokenStats {\n          count\n          tagScheme\n        }\n        columnStats {\n          name\n          type\n          missing\n          distinct\n          distinctCapped\n          min\n          max\n          mean\n          top {\n            value\n            count\n          }\n        }\n        preview\n      }\n    }\n  }\n": types.DatasetDocument,
    "\n  mutation RenameDataset($input: RenameDatasetInput!) {\n    renameDataset(input: $input) {\n      dataset {\n        id\n        name\n      }\n    }\n  }\n": types.RenameDatasetDocument,
    "\n  mutation ArchiveDataset($id: ID!) {\n    archiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n": types.ArchiveDatasetDocument,
    "\n  mutation UnarchiveDataset($id: ID!) {\n    unarchiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n": types.UnarchiveDatasetDocument,
    "\n  mutation DeleteDataset($id: ID!) {\n    deleteDataset(id: $id) {\n      deletedId\n    }\n  }\n": types.DeleteDatasetDocument,
    "\n  query DatasetSamples {\n    datasetSamples {\n      key\n      name\n      description\n      taskType\n      paradigm\n    }\n  }\n": types.DatasetSamplesDocument,
    "\n  mutation CreateSampleDataset($key: String!) {\n    createSampleDataset(key: $key) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.CreateSampleDatasetDocument,
    "\n  query DatasetUpload($id: ID!) {\n    datasetUpload(id: $id) {\n      id\n      filename\n      format\n      bytes\n      rowCount\n      columns\n      preview\n      inferredSchema {\n        taskType\n        labelColumn\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n": types.DatasetUploadDocument,
    "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n": types.CreateDatasetDocument,
    "\n  mutation CreateDatasetVersion($input: CreateDatasetVersionInput!) {\n    createDatasetVersion(input: $input) {\n      version {\n        id\n        number\n      }\n    }\n  }\n": types.CreateDatasetVersionDocument,
    "\n  query DatasetName($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n    }\n  }\n": types.DatasetNameDocument,
    "\n  query Datasets($after: String, $includeArchived: Boolean, $search: String) {\n    datasets(first: 25, after: $after, includeArchived: $includeArchived, search: $search) {\n      nodes {\n        id\n        name\n        archived\n        updatedAt\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DatasetsDocument,
    "\n  query Findings {\n    findings {\n      group {\n        id\n        name\n        createdAt\n        runs {\n          id\n          status\n        }\n      }\n      claim\n      scoreKey\n      claimed\n      verdict\n      differences {\n        versus\n        mean\n        low\n        high\n        seeds\n      }\n      scores {\n        configuration\n        seed\n        value\n      }\n      phases {\n        claim\n        verdict\n        runs {\n          configuration\n          seed\n          phases\n        }\n      }\n    }\n  }\n": types.FindingsDocument,
    "\n  query BaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      layers\n      hidden\n      heads\n      maxLength\n      vocabularySize\n      mlmAccuracy\n      createdAt\n      corpus {\n        id\n        number\n        dataset {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BaseModelsDocument,
    "\n  query TokenizeWithBaseModels($text: String!) {\n    baseModels {\n      id\n      tokenize(text: $text)\n    }\n  }\n": types.TokenizeWithBaseModelsDocument,
    "\n  query TeamHome {\n    running: runs(first: 10, filter: { status: RUNNING }) {\n      nodes {\n        id\n        name\n        progress\n        epochsDone\n        epochs\n      }\n    }\n    recent: runs(first: 8) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n      }\n    }\n    comparisons(first: 8) {\n      id\n      name\n      updatedAt\n      createdBy {\n        name\n      }\n    }\n  }\n": types.TeamHomeDocument,
    "\n  query TeamActivity {\n    auditEvents(first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n": types.TeamActivityDocument,
    "\n  query RuleSet($id: ID!) {\n    ruleSet(id: $id) {\n      id\n      name\n      description\n      rules {\n        id\n        kind\n        field\n        pattern\n        class\n        priority\n        enabled\n        note\n        author {\n          name\n        }\n      }\n      history(first: 50) {\n        id\n        action\n        createdAt\n        before\n        after\n        actor {\n          name\n        }\n      }\n    }\n  }\n": types.RuleSetDocument,
    "\n  query RuleDatasets {\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          schema {\n            columns {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RuleDatasetsDocument,
    "\n  mutation ToggleRule($id: ID!, $input: RuleChanges!) {\n    updateRule(id: $id, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.ToggleRuleDocument,
    "\n  mutation DeleteRule($id: ID!) {\n    deleteRule(id: $id) {\n      deletedId\n    }\n  }\n": types.DeleteRuleDocument,
    "\n  query ExportRules($id: ID!, $format: RuleFormat!) {\n    ruleSet(id: $id) {\n      id\n      export(format: $format)\n    }\n  }\n": types.ExportRulesDocument,
    "\n  mutation ImportRules($id: ID!, $format: RuleFormat!, $text: String!, $replace: Boolean) {\n    importRules(ruleSetId: $id, format: $format, text: $text, replace: $replace) {\n      rules {\n        id\n      }\n    }\n  }\n": types.ImportRulesDocument,
    "\n  query RuleSetAnalysis($id: ID!, $versionId: ID!) {\n    ruleSet(id: $id) {\n      id\n      analysis(datasetVersionId: $versionId) {\n        rows\n        coverage\n        overlaps\n        conflicts\n        rules {\n          rule {\n            id\n            kind\n            pattern\n            class\n          }\n          matches\n          coverage\n          overlaps\n          conflicts\n          correct\n          incorrect\n          accuracy\n        }\n      }\n    }\n  }\n": types.RuleSetAnalysisDocument,
    "\n  query TestRule($input: RuleTestInput!) {\n    testRule(input: $input) {\n      rows\n      totalRows\n      matches\n      labeled\n      correct\n      precision\n      milliseconds\n      samples {\n        row\n        text\n        label\n        start\n        end\n      }\n    }\n  }\n": types.TestRuleDocument,
    "\n  mutation CreateRule($ruleSetId: ID!, $input: RuleInput!) {\n    createRule(ruleSetId: $ruleSetId, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.CreateRuleDocument,
    "\n  query RuleSets {\n    ruleSets {\n      id\n      name\n      description\n      updatedAt\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n": types.RuleSetsDocument,
    "\n  mutation CreateRuleSet($input: RuleSetInput!) {\n    createRuleSet(input: $input) {\n      ruleSet {\n        id\n      }\n    }\n  }\n": types.CreateRuleSetDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      kind\n      status\n      progress\n      epochsDone\n      epochs\n      seed\n      config\n      summary\n      testUncertainty {\n        items\n        smallestClass\n        smallestClassItems\n        intervals {\n          key\n          low\n          high\n        }\n      }\n      backend\n      workerHost\n      error\n      errorStack\n      cancelRequested\n      runsAheadInQueue\n      waitReason\n      createdAt\n      startedAt\n      finishedAt\n      tags\n      notes\n      parent {\n        id\n        name\n      }\n      baseModel {\n        id\n        name\n      }\n      datasetVersion {\n        number\n        taskType\n        dataset {\n          id\n          name\n        }\n      }\n      experiment {\n        id\n        name\n      }\n      keyTags {\n        key\n        value\n      }\n      metrics(maxPoints: 500) {\n        key\n        points {\n          epoch\n          value\n        }\n      }\n      logs(last: 100) {\n        id\n        at\n        attempt\n        level\n        message\n      }\n      phases {\n        phase\n        start\n        end\n        confidence\n        correction {\n          id\n          author {\n            name\n            email\n          }\n        }\n      }\n      phaseDetection {\n        status\n        final\n        version\n        explanation\n        params\n      }\n      annotations {\n        id\n        kind\n        label\n        start\n        end\n        colour\n        note\n        phase\n        editable\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n": types.RunDocument,
    "\n  query RunEpochDetails($id: ID!) {\n    run(id: $id) {\n      id\n      artifacts {\n        name\n        epoch\n        bytes\n      }\n      noisyExamples {\n        firstMemorizedEpoch\n      }\n    }\n  }\n": types.RunEpochDetailsDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n": types.CancelRunDocument,
    "\n  mutation RetryRun($id: ID!) {\n    retryRun(id: $id) {\n      run {\n        id\n      }\n    }\n  }\n": types.RetryRunDocument,
    "\n  mutation CreateRunAnnotation($runId: ID!, $input: RunAnnotationInput!) {\n    createRunAnnotation(runId: $runId, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n": types.CreateRunAnnotationDocument,
    "\n  mutation UpdateRunAnnotation($id: ID!, $input: RunAnnotationInput!) {\n    updateRunAnnotation(id: $id, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n": types.UpdateRunAnnotationDocument,
    "\n  mutation DeleteRunAnnotation($id: ID!) {\n    deleteRunAnnotation(id: $id) {\n      deletedId\n    }\n  }\n": types.DeleteRunAnnotationDocument,
    "\n  query RunExplanation($id: ID!) {\n    run(id: $id) {\n      id\n      explanation {\n        crossWeights(first: 15) {\n          feature\n          class\n          weight\n        }\n        embeddingColumns\n      }\n    }\n  }\n": types.RunExplanationDocument,
    "\n  query EmbeddingNeighbours($id: ID!, $column: String!, $value: String!) {\n    run(id: $id) {\n      id\n      embeddingNeighbours(column: $column, value: $value, first: 8) {\n        value\n        similarity\n      }\n    }\n  }\n": types.EmbeddingNeighboursDocument,
    "\n  query RunGroup($id: ID!) {\n    run(id: $id) {\n      id\n      group {\n        id\n        name\n        kind\n        varies\n        scoreKeys\n        configurations {\n          label\n          runs {\n            id\n            name\n            seed\n            status\n          }\n          scores {\n            key\n            mean\n            low\n            high\n            n\n            best\n          }\n        }\n        runs {\n          id\n          status\n          config\n          summary\n        }\n      }\n    }\n  }\n": types.RunGroupDocument,
    "\n  query HybridReport($id: ID!) {\n    run(id: $id) {\n      id\n      config\n      datasetVersion {\n        id\n        number\n      }\n      hybridReport {\n        mode\n        combiner\n        items\n        released {\n          precision\n          recall\n          f1\n          macroF1\n          coverage\n          coverageByRules\n          coverageByModel\n          review\n        }\n        ungated {\n          precision\n          macroF1\n          coverage\n        }\n        modelOnly {\n          precision\n          macroF1\n        }\n        rulesFixed\n        rulesBroke\n        weakLabels\n        textField\n        curve {\n          coverage\n          precision\n          threshold\n        }\n        classes {\n          name\n          precision\n          recall\n          f1\n          support\n          validationPrecision\n          released\n        }\n      }\n      reviewQueue(first: 25) {\n        row\n        text\n        label\n        ruleClass\n        modelClass\n        modelConfidence\n        decision\n        reason\n      }\n    }\n  }\n": types.HybridReportDocument,
    "\n  mutation RelabelReviewed($input: RelabelRowsInput!) {\n    relabelRows(input: $input) {\n      version {\n        number\n      }\n    }\n  }\n": types.RelabelReviewedDocument,
    "\n  query RunLabelErrors($id: ID!, $ranking: LabelErrorRanking) {\n    run(id: $id) {\n      id\n      labelErrors(first: 20, ranking: $ranking) {\n        ranking\n        rankings {\n          ranking\n          available\n          detectionF1\n          preferred\n        }\n        earlyEpochsFrom\n        earlyEpochsThrough\n        examples {\n          row\n          line\n          text\n          givenLabel\n          predictedLabel\n          score\n          injected\n        }\n      }\n    }\n  }\n": types.RunLabelErrorsDocument,
    "\n  mutation DetectPhases($runId: ID!, $params: PhaseDetectorParams) {\n    detectPhases(runId: $runId, params: $params) {\n      run {\n        id\n      }\n    }\n  }\n": types.DetectPhasesDocument,
    "\n  query PredictColumns($id: ID!) {\n    run(id: $id) {\n      id\n      datasetVersion {\n        id\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n": types.PredictColumnsDocument,
    "\n  mutation RequestPredictions($runId: ID!, $rows: [JSON!]!) {\n    requestPredictions(runId: $runId, rows: $rows) {\n      prediction {\n        id\n      }\n    }\n  }\n": types.RequestPredictionsDocument,
    "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      id\n      status\n      error\n      requestedAt\n      results {\n        row\n        label\n        probabilities {\n          class\n          probability\n        }\n      }\n    }\n  }\n": types.PredictionDocument,
    "\n  query RunListColumns {\n    runListColumns {\n      source\n      key\n    }\n    runColumnChoices {\n      metrics\n      configFields\n    }\n  }\n": types.RunListColumnsDocument,
    "\n  mutation SetRunListColumns($columns: [RunColumnInput!]!) {\n    setRunListColumns(columns: $columns) {\n      source\n      key\n    }\n  }\n": types.SetRunListColumnsDocument,
    "\n  mutation UpdateRun($id: ID!, $input: UpdateRunInput!) {\n    updateRun(id: $id, input: $input) {\n      run {\n        id\n        name\n        tags\n        notes\n      }\n    }\n  }\n": types.UpdateRunDocument,
    "\n  query NewRunRuleSets {\n    ruleSets {\n      id\n      name\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n": types.NewRunRuleSetsDocument,
    "\n  query NewRunBaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      maxLength\n    }\n  }\n": types.NewRunBaseModelsDocument,
    "\n  query NewRunChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      description\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n    }\n  }\n": types.NewRunChoicesDocument,
    "\n  query NewRunVersionColumns($id: ID!) {\n    datasetVersion(id: $id) {\n      id\n      schema {\n        labelColumn\n      }\n      columnStats {\n        name\n        type\n        distinct\n      }\n    }\n  }\n": types.NewRunVersionColumnsDocument,
    "\n  mutation LaunchAblation($input: CreateRunInput!, $seeds: Int) {\n    launchAblation(input: $input, seeds: $seeds) {\n      group {\n        runs {\n          id\n        }\n      }\n    }\n  }\n": types.LaunchAblationDocument,
    "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n      }\n    }\n  }\n": types.CreateRunDocument,
    "\n  query Runs($after: String, $filter: RunFilter, $orderBy: RunOrder, $bestKeys: [String!]!) {\n    runs(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n        name\n        kind\n        status\n        progress\n        epochsDone\n        epochs\n        runsAheadInQueue\n        waitReason\n        tags\n        createdAt\n        summary\n        config\n        bestValues(keys: $bestKeys) {\n          key\n          value\n        }\n        datasetVersion {\n          number\n          dataset {\n            name\n          }\n        }\n        experiment {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  query RunFilterChoices {\n    runKinds {\n      kind\n      label\n    }\n    experiments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    datasets(first: 100, includeArchived: true) {\n      nodes {\n        id\n        name\n      }\n    }\n    members(first: 100) {\n      nodes {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RunFilterChoicesDocument,
    "\n  query SweepChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n        }\n      }\n    }\n  }\n": types.SweepChoicesDocument,
    "\n  mutation LaunchSweep($input: LaunchSweepInput!) {\n    launchSweep(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n": types.LaunchSweepDocument,
    "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        actorTokenId\n        details\n        createdAt\n        actor {\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query ApiTokens {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n      }\n    }\n  }\n": types.CreateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerStatus {\n    workerStatus {\n      online\n      workers {\n        id\n        name\n        concurrency\n        online\n        lastSeenAt\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHealthCheck {\n    requestHealthCheck {\n      healthCheck {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RequestHealthCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthCheck($id: ID!) {\n    healthCheck(id: $id) {\n      id\n      answeredAt\n      roundTripMs\n      worker {\n        name\n        host\n        pid\n      }\n    }\n  }\n"): typeof import('./graphql').HealthCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesColumns on MetricSeries {\n    runId\n    key\n    steps\n    epochs\n    values\n    wallTimes\n  }\n"): typeof import('./graphql').SeriesColumnsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations(first: 50) {\n      nodes {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n        invitedBy {\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($after: String) {\n    members(first: 100, after: $after) {\n      nodes {\n        role\n        joinedAt\n        user {\n          id\n          email\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      member {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId) {\n      removedUserId\n    }\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTeam {\n    leaveTeam {\n      teamId\n    }\n  }\n"): typeof import('./graphql').LeaveTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveTeam {\n    team {\n      id\n      slug\n      name\n      viewerRole\n      permissions\n    }\n  }\n"): typeof import('./graphql').ActiveTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user {\n        id\n        email\n        name\n      }\n      memberships {\n        role\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      teamName\n      invitedByName\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      team {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedComparison($token: String!) {\n    sharedComparison(token: $token) {\n      name\n      note\n      metrics\n      settings\n      updatedAt\n      runs {\n        id\n        name\n        kind\n        status\n        config\n        summary\n        testUncertainty {\n          intervals {\n            key\n            low\n            high\n          }\n        }\n        phases {\n          phase\n          start\n          end\n        }\n        marks {\n          kind\n          label\n          start\n          end\n          colour\n        }\n      }\n      series(withWallTime: true) {\n        ...SeriesColumns\n      }\n    }\n  }\n"): typeof import('./graphql').SharedComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!, $next: String) {\n    signUp(input: $input, next: $next) {\n      email\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedComparison($id: ID!) {\n    comparison(id: $id) {\n      id\n      name\n      note\n      metrics\n      settings\n      group {\n        id\n        name\n      }\n      runs {\n        ...CompareRunFields\n      }\n      series {\n        ...SeriesColumns\n      }\n      createdBy {\n        name\n      }\n      updatedAt\n      shareLinks {\n        id\n        createdAt\n        expiresAt\n        revokedAt\n        active\n        createdBy {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SavedComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComparison($id: ID!, $input: ComparisonInput!) {\n    updateComparison(id: $id, input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComparison($id: ID!) {\n    deleteComparison(id: $id) {\n      deletedId\n    }\n  }\n"): typeof import('./graphql').DeleteComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($id: ID!, $expiresAt: DateTime) {\n    createShareLink(comparisonId: $id, expiresAt: $expiresAt) {\n      path\n    }\n  }\n"): typeof import('./graphql').CreateShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      shareLink {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeShareLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRuns($ids: [ID!]!) {\n    runsByIds(ids: $ids) {\n      ...CompareRunFields\n    }\n  }\n"): typeof import('./graphql').CompareRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareGroup($id: ID!) {\n    runGroup(id: $id) {\n      id\n      name\n      runs {\n        ...CompareRunFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompareGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompareRunFields on Run {\n    id\n    name\n    kind\n    status\n    config\n    summary\n    testUncertainty {\n      intervals {\n        key\n        low\n        high\n      }\n    }\n    metricKeys\n    phases {\n      phase\n      start\n      end\n    }\n    annotations {\n      kind\n      label\n      start\n      end\n      colour\n    }\n  }\n"): typeof import('./graphql').CompareRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareMetrics($ids: [ID!]!, $keys: [String!], $maxPoints: Int!, $withWallTime: Boolean!) {\n    runMetrics(runIds: $ids, keys: $keys, maxPoints: $maxPoints, withWallTime: $withWallTime) {\n      runId\n      key\n      steps\n      epochs\n      values\n      wallTimes @include(if: $withWallTime)\n    }\n  }\n"): typeof import('./graphql').CompareMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveComparison($input: ComparisonInput!) {\n    saveComparison(input: $input) {\n      comparison {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SaveComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      archived\n      versions {\n        id\n        number\n        taskType\n        filename\n        bytes\n        rowCount\n        note\n        createdAt\n        downloadUrl\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n        splitConfig {\n          train\n          validation\n          test\n          seed\n        }\n        splitCounts {\n          train\n          validation\n          test\n        }\n        labelDistribution {\n          value\n          count\n        }\n        tokenStats {\n          count\n          tagScheme\n        }\n        columnStats {\n          name\n          type\n          missing\n          distinct\n          distinctCapped\n          min\n          max\n          mean\n          top {\n            value\n            count\n          }\n        }\n        preview\n      }\n    }\n  }\n"): typeof import('./graphql').DatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDataset($input: RenameDatasetInput!) {\n    renameDataset(input: $input) {\n      dataset {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RenameDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDataset($id: ID!) {\n    archiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveDataset($id: ID!) {\n    unarchiveDataset(id: $id) {\n      dataset {\n        id\n        archived\n      }\n    }\n  }\n"): typeof import('./graphql').UnarchiveDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDataset($id: ID!) {\n    deleteDataset(id: $id) {\n      deletedId\n    }\n  }\n"): typeof import('./graphql').DeleteDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetSamples {\n    datasetSamples {\n      key\n      name\n      description\n      taskType\n      paradigm\n    }\n  }\n"): typeof import('./graphql').DatasetSamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSampleDataset($key: String!) {\n    createSampleDataset(key: $key) {\n      dataset {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateSampleDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetUpload($id: ID!) {\n    datasetUpload(id: $id) {\n      id\n      filename\n      format\n      bytes\n      rowCount\n      columns\n      preview\n      inferredSchema {\n        taskType\n        labelColumn\n        columns {\n          name\n          type\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DatasetUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      dataset {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDatasetVersion($input: CreateDatasetVersionInput!) {\n    createDatasetVersion(input: $input) {\n      version {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').CreateDatasetVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetName($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DatasetNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Datasets($after: String, $includeArchived: Boolean, $search: String) {\n    datasets(first: 25, after: $after, includeArchived: $includeArchived, search: $search) {\n      nodes {\n        id\n        name\n        archived\n        updatedAt\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DatasetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings {\n    findings {\n      group {\n        id\n        name\n        createdAt\n        runs {\n          id\n          status\n        }\n      }\n      claim\n      scoreKey\n      claimed\n      verdict\n      differences {\n        versus\n        mean\n        low\n        high\n        seeds\n      }\n      scores {\n        configuration\n        seed\n        value\n      }\n      phases {\n        claim\n        verdict\n        runs {\n          configuration\n          seed\n          phases\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      layers\n      hidden\n      heads\n      maxLength\n      vocabularySize\n      mlmAccuracy\n      createdAt\n      corpus {\n        id\n        number\n        dataset {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BaseModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenizeWithBaseModels($text: String!) {\n    baseModels {\n      id\n      tokenize(text: $text)\n    }\n  }\n"): typeof import('./graphql').TokenizeWithBaseModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamHome {\n    running: runs(first: 10, filter: { status: RUNNING }) {\n      nodes {\n        id\n        name\n        progress\n        epochsDone\n        epochs\n      }\n    }\n    recent: runs(first: 8) {\n      nodes {\n        id\n        name\n        status\n        createdAt\n      }\n    }\n    comparisons(first: 8) {\n      id\n      name\n      updatedAt\n      createdBy {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TeamHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamActivity {\n    auditEvents(first: 10) {\n      nodes {\n        id\n        action\n        createdAt\n        actor {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSet($id: ID!) {\n    ruleSet(id: $id) {\n      id\n      name\n      description\n      rules {\n        id\n        kind\n        field\n        pattern\n        class\n        priority\n        enabled\n        note\n        author {\n          name\n        }\n      }\n      history(first: 50) {\n        id\n        action\n        createdAt\n        before\n        after\n        actor {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleDatasets {\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          schema {\n            columns {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RuleDatasetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleRule($id: ID!, $input: RuleChanges!) {\n    updateRule(id: $id, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ToggleRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRule($id: ID!) {\n    deleteRule(id: $id) {\n      deletedId\n    }\n  }\n"): typeof import('./graphql').DeleteRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRules($id: ID!, $format: RuleFormat!) {\n    ruleSet(id: $id) {\n      id\n      export(format: $format)\n    }\n  }\n"): typeof import('./graphql').ExportRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRules($id: ID!, $format: RuleFormat!, $text: String!, $replace: Boolean) {\n    importRules(ruleSetId: $id, format: $format, text: $text, replace: $replace) {\n      rules {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ImportRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSetAnalysis($id: ID!, $versionId: ID!) {\n    ruleSet(id: $id) {\n      id\n      analysis(datasetVersionId: $versionId) {\n        rows\n        coverage\n        overlaps\n        conflicts\n        rules {\n          rule {\n            id\n            kind\n            pattern\n            class\n          }\n          matches\n          coverage\n          overlaps\n          conflicts\n          correct\n          incorrect\n          accuracy\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RuleSetAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRule($input: RuleTestInput!) {\n    testRule(input: $input) {\n      rows\n      totalRows\n      matches\n      labeled\n      correct\n      precision\n      milliseconds\n      samples {\n        row\n        text\n        label\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql').TestRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRule($ruleSetId: ID!, $input: RuleInput!) {\n    createRule(ruleSetId: $ruleSetId, input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSets {\n    ruleSets {\n      id\n      name\n      description\n      updatedAt\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').RuleSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRuleSet($input: RuleSetInput!) {\n    createRuleSet(input: $input) {\n      ruleSet {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      name\n      kind\n      status\n      progress\n      epochsDone\n      epochs\n      seed\n      config\n      summary\n      testUncertainty {\n        items\n        smallestClass\n        smallestClassItems\n        intervals {\n          key\n          low\n          high\n        }\n      }\n      backend\n      workerHost\n      error\n      errorStack\n      cancelRequested\n      runsAheadInQueue\n      waitReason\n      createdAt\n      startedAt\n      finishedAt\n      tags\n      notes\n      parent {\n        id\n        name\n      }\n      baseModel {\n        id\n        name\n      }\n      datasetVersion {\n        number\n        taskType\n        dataset {\n          id\n          name\n        }\n      }\n      experiment {\n        id\n        name\n      }\n      keyTags {\n        key\n        value\n      }\n      metrics(maxPoints: 500) {\n        key\n        points {\n          epoch\n          value\n        }\n      }\n      logs(last: 100) {\n        id\n        at\n        attempt\n        level\n        message\n      }\n      phases {\n        phase\n        start\n        end\n        confidence\n        correction {\n          id\n          author {\n            name\n            email\n          }\n        }\n      }\n      phaseDetection {\n        status\n        final\n        version\n        explanation\n        params\n      }\n      annotations {\n        id\n        kind\n        label\n        start\n        end\n        colour\n        note\n        phase\n        editable\n        author {\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunEpochDetails($id: ID!) {\n    run(id: $id) {\n      id\n      artifacts {\n        name\n        epoch\n        bytes\n      }\n      noisyExamples {\n        firstMemorizedEpoch\n      }\n    }\n  }\n"): typeof import('./graphql').RunEpochDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      run {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryRun($id: ID!) {\n    retryRun(id: $id) {\n      run {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RetryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRunAnnotation($runId: ID!, $input: RunAnnotationInput!) {\n    createRunAnnotation(runId: $runId, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRunAnnotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRunAnnotation($id: ID!, $input: RunAnnotationInput!) {\n    updateRunAnnotation(id: $id, input: $input) {\n      annotation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateRunAnnotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRunAnnotation($id: ID!) {\n    deleteRunAnnotation(id: $id) {\n      deletedId\n    }\n  }\n"): typeof import('./graphql').DeleteRunAnnotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunExplanation($id: ID!) {\n    run(id: $id) {\n      id\n      explanation {\n        crossWeights(first: 15) {\n          feature\n          class\n          weight\n        }\n        embeddingColumns\n      }\n    }\n  }\n"): typeof import('./graphql').RunExplanationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbeddingNeighbours($id: ID!, $column: String!, $value: String!) {\n    run(id: $id) {\n      id\n      embeddingNeighbours(column: $column, value: $value, first: 8) {\n        value\n        similarity\n      }\n    }\n  }\n"): typeof import('./graphql').EmbeddingNeighboursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunGroup($id: ID!) {\n    run(id: $id) {\n      id\n      group {\n        id\n        name\n        kind\n        varies\n        scoreKeys\n        configurations {\n          label\n          runs {\n            id\n            name\n            seed\n            status\n          }\n          scores {\n            key\n            mean\n            low\n            high\n            n\n            best\n          }\n        }\n        runs {\n          id\n          status\n          config\n          summary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HybridReport($id: ID!) {\n    run(id: $id) {\n      id\n      config\n      datasetVersion {\n        id\n        number\n      }\n      hybridReport {\n        mode\n        combiner\n        items\n        released {\n          precision\n          recall\n          f1\n          macroF1\n          coverage\n          coverageByRules\n          coverageByModel\n          review\n        }\n        ungated {\n          precision\n          macroF1\n          coverage\n        }\n        modelOnly {\n          precision\n          macroF1\n        }\n        rulesFixed\n        rulesBroke\n        weakLabels\n        textField\n        curve {\n          coverage\n          precision\n          threshold\n        }\n        classes {\n          name\n          precision\n          recall\n          f1\n          support\n          validationPrecision\n          released\n        }\n      }\n      reviewQueue(first: 25) {\n        row\n        text\n        label\n        ruleClass\n        modelClass\n        modelConfidence\n        decision\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').HybridReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelabelReviewed($input: RelabelRowsInput!) {\n    relabelRows(input: $input) {\n      version {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').RelabelReviewedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunLabelErrors($id: ID!, $ranking: LabelErrorRanking) {\n    run(id: $id) {\n      id\n      labelErrors(first: 20, ranking: $ranking) {\n        ranking\n        rankings {\n          ranking\n          available\n          detectionF1\n          preferred\n        }\n        earlyEpochsFrom\n        earlyEpochsThrough\n        examples {\n          row\n          line\n          text\n          givenLabel\n          predictedLabel\n          score\n          injected\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunLabelErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectPhases($runId: ID!, $params: PhaseDetectorParams) {\n    detectPhases(runId: $runId, params: $params) {\n      run {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DetectPhasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PredictColumns($id: ID!) {\n    run(id: $id) {\n      id\n      datasetVersion {\n        id\n        schema {\n          labelColumn\n          columns {\n            name\n            type\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredictColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPredictions($runId: ID!, $rows: [JSON!]!) {\n    requestPredictions(runId: $runId, rows: $rows) {\n      prediction {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RequestPredictionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prediction($id: ID!) {\n    prediction(id: $id) {\n      id\n      status\n      error\n      requestedAt\n      results {\n        row\n        label\n        probabilities {\n          class\n          probability\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PredictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunListColumns {\n    runListColumns {\n      source\n      key\n    }\n    runColumnChoices {\n      metrics\n      configFields\n    }\n  }\n"): typeof import('./graphql').RunListColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRunListColumns($columns: [RunColumnInput!]!) {\n    setRunListColumns(columns: $columns) {\n      source\n      key\n    }\n  }\n"): typeof import('./graphql').SetRunListColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRun($id: ID!, $input: UpdateRunInput!) {\n    updateRun(id: $id, input: $input) {\n      run {\n        id\n        name\n        tags\n        notes\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRunRuleSets {\n    ruleSets {\n      id\n      name\n      rules {\n        id\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').NewRunRuleSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRunBaseModels {\n    baseModels {\n      id\n      name\n      status\n      preset\n      maxLength\n    }\n  }\n"): typeof import('./graphql').NewRunBaseModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRunChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      description\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n          rowCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NewRunChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRunVersionColumns($id: ID!) {\n    datasetVersion(id: $id) {\n      id\n      schema {\n        labelColumn\n      }\n      columnStats {\n        name\n        type\n        distinct\n      }\n    }\n  }\n"): typeof import('./graphql').NewRunVersionColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchAblation($input: CreateRunInput!, $seeds: Int) {\n    launchAblation(input: $input, seeds: $seeds) {\n      group {\n        runs {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchAblationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRun($input: CreateRunInput!) {\n    createRun(input: $input) {\n      run {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($after: String, $filter: RunFilter, $orderBy: RunOrder, $bestKeys: [String!]!) {\n    runs(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n        name\n        kind\n        status\n        progress\n        epochsDone\n        epochs\n        runsAheadInQueue\n        waitReason\n        tags\n        createdAt\n        summary\n        config\n        bestValues(keys: $bestKeys) {\n          key\n          value\n        }\n        datasetVersion {\n          number\n          dataset {\n            name\n          }\n        }\n        experiment {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunFilterChoices {\n    runKinds {\n      kind\n      label\n    }\n    experiments(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    datasets(first: 100, includeArchived: true) {\n      nodes {\n        id\n        name\n      }\n    }\n    members(first: 100) {\n      nodes {\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunFilterChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SweepChoices {\n    runKinds {\n      launchable\n      kind\n      label\n      taskTypes\n      defaultConfig\n    }\n    datasets(first: 100) {\n      nodes {\n        id\n        name\n        latestVersion {\n          id\n          number\n          taskType\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SweepChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchSweep($input: LaunchSweepInput!) {\n    launchSweep(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchSweepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        actorTokenId\n        details\n        createdAt\n        actor {\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens(first: 100) {\n      nodes {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        createdBy {\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      apiToken {\n        id\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
