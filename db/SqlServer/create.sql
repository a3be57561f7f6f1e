IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [Actor] nvarchar(256) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [EntityType] nvarchar(60) NOT NULL,
        [EntityId] nvarchar(40) NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        [Address] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CalendarDays] (
        [Date] date NOT NULL,
        [IsWorkingDay] bit NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_CalendarDays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Campaigns] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Project] nvarchar(200) NOT NULL,
        [Organizer] nvarchar(200) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [Cadence] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [CollectiveAwards] int NOT NULL,
        [IndividualAwards] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Campaigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [HonourTypes] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Level] nvarchar(40) NOT NULL,
        [ValidityYears] int NULL,
        [BonusFen] bigint NULL,
        [CountsTowardCraftsman] bit NOT NULL,
        [NeedsSecondApproval] bit NOT NULL,
        [NoticeWorkingDays] int NOT NULL,
        [Description] nvarchar(1000) NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_HonourTypes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Industries] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(8) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Industries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [JobRuns] (
        [Id] bigint NOT NULL IDENTITY,
        [JobName] nvarchar(100) NOT NULL,
        [JobGroup] nvarchar(100) NOT NULL,
        [Subject] nvarchar(100) NULL,
        [FireInstanceId] nvarchar(200) NOT NULL,
        [Node] nvarchar(200) NOT NULL,
        [Attempt] int NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        [DurationMs] bigint NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [Error] nvarchar(4000) NULL,
        CONSTRAINT [PK_JobRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [LadderPolicies] (
        [Id] int NOT NULL IDENTITY,
        [Number] int NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Tier1MinLevelRank] int NOT NULL,
        [Tier2MinLevelRank] int NOT NULL,
        [Note] nvarchar(500) NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_LadderPolicies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MinimumWages] (
        [Id] int NOT NULL IDENTITY,
        [Area] nvarchar(60) NOT NULL,
        [MonthlyFen] bigint NOT NULL,
        [EffectiveFrom] date NOT NULL,
        CONSTRAINT [PK_MinimumWages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Occupations] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(16) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Occupations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PayGrids] (
        [Id] int NOT NULL IDENTITY,
        [HighSkilledAllowanceFen] bigint NOT NULL,
        [CraftsmanAllowanceFen] bigint NOT NULL,
        CONSTRAINT [PK_PayGrids] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PostClasses] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(40) NOT NULL,
        [NameZh] nvarchar(40) NOT NULL,
        [NameEn] nvarchar(60) NOT NULL,
        [FloorPercent] int NOT NULL,
        [Order] int NOT NULL,
        CONSTRAINT [PK_PostClasses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PracticeBoardRows] (
        [BoardId] int NOT NULL,
        [Scope] nvarchar(40) NOT NULL,
        [SubjectId] int NOT NULL,
        [Rank] int NOT NULL,
        [ScoreHundredths] int NOT NULL,
        [Participants] int NOT NULL,
        [TimeUsedSeconds] int NOT NULL,
        CONSTRAINT [PK_PracticeBoardRows] PRIMARY KEY ([BoardId], [Scope], [SubjectId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [ProcessedRequests] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(100) NOT NULL,
        [UserName] nvarchar(256) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [ResultJson] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ProcessedRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [SkillLevels] (
        [Id] int NOT NULL IDENTITY,
        [Rank] int NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [NameZh] nvarchar(40) NOT NULL,
        [NameEn] nvarchar(60) NOT NULL,
        [NationalGrade] int NULL,
        CONSTRAINT [PK_SkillLevels] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StandingsRows] (
        [SnapshotId] int NOT NULL,
        [EntrantId] int NOT NULL,
        [Position] int NOT NULL,
        [Rank] int NOT NULL,
        [Tied] bit NOT NULL,
        [TotalHundredths] int NOT NULL,
        [StandardHundredths] int NULL,
        [TheoryHundredths] int NULL,
        [PracticalHundredths] int NULL,
        [TimeUsedSeconds] int NULL,
        [Prize] nvarchar(40) NOT NULL,
        [Medal] nvarchar(40) NOT NULL,
        [Proposal] nvarchar(200) NULL,
        [Explanation] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_StandingsRows] PRIMARY KEY ([SnapshotId], [EntrantId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [TitleEquivalences] (
        [Id] int NOT NULL IDENTITY,
        [LevelRank] int NOT NULL,
        [Grade] nvarchar(40) NOT NULL,
        [Title] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_TitleEquivalences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CampaignPeriods] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Number] int NOT NULL,
        [Label] nvarchar(50) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [LockedBy] nvarchar(256) NULL,
        [LockedAt] datetime2 NULL,
        [UnlockReason] nvarchar(500) NULL,
        CONSTRAINT [PK_CampaignPeriods] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignPeriods_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CampaignStandings] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Number] int NOT NULL,
        [InputHash] nvarchar(64) NOT NULL,
        [ComputedAt] datetime2 NOT NULL,
        [DemandUpTo] bigint NOT NULL,
        CONSTRAINT [PK_CampaignStandings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignStandings_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CampaignStandingsDemands] (
        [Id] bigint NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CampaignStandingsDemands] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignStandingsDemands_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [IndicatorSchemes] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Number] int NOT NULL,
        [FromPeriodNumber] int NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_IndicatorSchemes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IndicatorSchemes_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Enterprises] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [CreditCode] nvarchar(18) NOT NULL,
        [IndustryId] int NOT NULL,
        [District] nvarchar(50) NOT NULL,
        [Address] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Enterprises] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Enterprises_Industries_IndustryId] FOREIGN KEY ([IndustryId]) REFERENCES [Industries] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Competitions] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Level] nvarchar(40) NOT NULL,
        [Class] nvarchar(40) NOT NULL,
        [OccupationId] int NOT NULL,
        [IndustryId] int NULL,
        [Theme] nvarchar(200) NULL,
        [Organizer] nvarchar(100) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [Venue] nvarchar(200) NOT NULL,
        [TeamSize] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [SchemeVersion] int NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        [Eligibility_HonourCoolingOffYears] int NULL,
        [Eligibility_MaximumLevelRank] int NULL,
        [Eligibility_MinimumLevelRank] int NULL,
        [Eligibility_MinimumTitleGrade] nvarchar(40) NULL,
        [Eligibility_MinimumYearsInPost] int NULL,
        [Eligibility_OccupationMustMatch] bit NOT NULL,
        [RankingRules_FirstPrizes] int NOT NULL,
        [RankingRules_HonourTitle] nvarchar(100) NULL,
        [RankingRules_HonourTopN] int NULL,
        [RankingRules_MedallionFrom] int NULL,
        [RankingRules_MedalsForTopThree] bit NOT NULL,
        [RankingRules_PrizeMode] nvarchar(40) NOT NULL,
        [RankingRules_PromotionCapLevelRank] int NULL,
        [RankingRules_PromotionTopN] int NULL,
        [RankingRules_SecondPrizes] int NOT NULL,
        [RankingRules_StandardCentre] int NOT NULL,
        [RankingRules_StandardSpread] int NOT NULL,
        [RankingRules_Standardisation] nvarchar(40) NOT NULL,
        [RankingRules_StrictOrder] bit NOT NULL,
        [RankingRules_ThirdPrizes] int NOT NULL,
        [RankingRules_TieBreaks] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_Competitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Competitions_Industries_IndustryId] FOREIGN KEY ([IndustryId]) REFERENCES [Industries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Competitions_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [LevelRoutes] (
        [Id] int NOT NULL IDENTITY,
        [PolicyId] int NOT NULL,
        [TargetLevelRank] int NOT NULL,
        [OccupationId] int NULL,
        [YearsAtPreviousLevel] int NULL,
        [YearsInOccupation] int NULL,
        [MinimumEducation] nvarchar(40) NULL,
        [CompetitionTopN] int NULL,
        [CompetitionMinimumLevel] nvarchar(40) NULL,
        [CompetitionWithinYears] int NULL,
        [InnovationsAccepted] int NULL,
        [InnovationsWithinYears] int NULL,
        [TrainingHours] int NULL,
        [TrainingWithinYears] int NULL,
        [ApprenticesMentored] int NULL,
        [MentoringWithinYears] int NULL,
        [ApprenticeshipCompleted] bit NOT NULL,
        [StudioRole] nvarchar(40) NULL,
        CONSTRAINT [PK_LevelRoutes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LevelRoutes_LadderPolicies_PolicyId] FOREIGN KEY ([PolicyId]) REFERENCES [LadderPolicies] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LevelRoutes_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [QuestionBanks] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [OccupationId] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_QuestionBanks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_QuestionBanks_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [TrainingProgrammes] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(200) NOT NULL,
        [OccupationId] int NULL,
        [TargetTier] nvarchar(40) NULL,
        [Provider] nvarchar(200) NOT NULL,
        [Hours] int NOT NULL,
        [Assessment] nvarchar(500) NOT NULL,
        [Capacity] int NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [CostFen] bigint NOT NULL,
        [SubsidyFen] bigint NOT NULL,
        [IsApproved] bit NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TrainingProgrammes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingProgrammes_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PayGridCell] (
        [Id] int NOT NULL IDENTITY,
        [PayGridId] int NOT NULL,
        [PostClassId] int NOT NULL,
        [LevelRank] int NOT NULL,
        [BaseFen] bigint NOT NULL,
        [AllowanceFen] bigint NOT NULL,
        CONSTRAINT [PK_PayGridCell] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PayGridCell_PayGrids_PayGridId] FOREIGN KEY ([PayGridId]) REFERENCES [PayGrids] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PayGridCell_PostClasses_PostClassId] FOREIGN KEY ([PostClassId]) REFERENCES [PostClasses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CampaignStandingsRows] (
        [Id] bigint NOT NULL IDENTITY,
        [SnapshotId] int NOT NULL,
        [PeriodId] int NULL,
        [ParticipantId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Total] int NOT NULL,
        [Deductions] int NOT NULL,
        [Vetoes] int NOT NULL,
        [Rank] int NOT NULL,
        [HoldsBanner] bit NOT NULL,
        [Provisional] bit NOT NULL,
        [Explanation] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_CampaignStandingsRows] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignStandingsRows_CampaignStandings_SnapshotId] FOREIGN KEY ([SnapshotId]) REFERENCES [CampaignStandings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Indicators] (
        [Id] int NOT NULL IDENTITY,
        [SchemeId] int NOT NULL,
        [Position] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [WeightPercent] int NOT NULL,
        [BasePoints] int NOT NULL,
        [BonusCap] int NULL,
        [DeductionCap] int NULL,
        [Unit] nvarchar(20) NULL,
        [Target] int NULL,
        [Direction] nvarchar(40) NULL,
        [BonusPerUnit] int NULL,
        [DeductionPerUnit] int NULL,
        [Minimum] int NULL,
        [Maximum] int NULL,
        CONSTRAINT [PK_Indicators] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Indicators_IndicatorSchemes_SchemeId] FOREIGN KEY ([SchemeId]) REFERENCES [IndicatorSchemes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [WageAgreements] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(200) NOT NULL,
        [Scope] nvarchar(40) NOT NULL,
        [EnterpriseId] int NULL,
        [IndustryId] int NULL,
        [District] nvarchar(60) NULL,
        [MinimumWageArea] nvarchar(60) NOT NULL,
        [OfferedBy] nvarchar(40) NOT NULL,
        [OfferText] nvarchar(4000) NOT NULL,
        [OfferedOn] date NOT NULL,
        [RepliedOn] date NULL,
        [TermMonths] int NOT NULL,
        [PayRule] nvarchar(40) NOT NULL,
        [ReplyDays] int NOT NULL,
        [FilingDays] int NOT NULL,
        [ReviewDays] int NOT NULL,
        [RenewalLeadDays] int NOT NULL,
        [MinRepresentatives] int NOT NULL,
        [MaxRepresentatives] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DraftGridId] int NULL,
        [SignedOn] date NULL,
        [FiledOn] date NULL,
        [BureauApprovedOn] date NULL,
        [EffectiveFrom] date NULL,
        [ExpiresOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_WageAgreements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WageAgreements_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WageAgreements_Industries_IndustryId] FOREIGN KEY ([IndustryId]) REFERENCES [Industries] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WageAgreements_PayGrids_DraftGridId] FOREIGN KEY ([DraftGridId]) REFERENCES [PayGrids] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Workers] (
        [Id] int NOT NULL IDENTITY,
        [FullName] nvarchar(50) NOT NULL,
        [NationalIdNumber] nvarchar(18) NOT NULL,
        [BirthDate] date NOT NULL,
        [Sex] nvarchar(40) NOT NULL,
        [EnterpriseId] int NOT NULL,
        [OccupationId] int NOT NULL,
        [HireDate] date NOT NULL,
        [IsUnionMember] bit NOT NULL,
        [Education] nvarchar(40) NOT NULL,
        [Tier] nvarchar(40) NOT NULL,
        [PostClassId] int NULL,
        [CurrentSkillLevelId] int NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Workers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Workers_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Workers_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Workers_PostClasses_PostClassId] FOREIGN KEY ([PostClassId]) REFERENCES [PostClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Workers_SkillLevels_CurrentSkillLevelId] FOREIGN KEY ([CurrentSkillLevelId]) REFERENCES [SkillLevels] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CompetitionStatusChanges] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [From] nvarchar(40) NOT NULL,
        [To] nvarchar(40) NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [At] datetime2 NOT NULL,
        [Reason] nvarchar(200) NULL,
        CONSTRAINT [PK_CompetitionStatusChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CompetitionStatusChanges_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Entrants] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [Bib] int NOT NULL,
        [TeamName] nvarchar(50) NULL,
        [Status] nvarchar(40) NOT NULL,
        [RegisteredBy] nvarchar(256) NOT NULL,
        [RegisteredAt] datetime2 NOT NULL,
        [WithdrawnBy] nvarchar(256) NULL,
        [WithdrawnAt] datetime2 NULL,
        [WithdrawalReason] nvarchar(200) NULL,
        [TimeUsedSeconds] int NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Entrants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Entrants_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [JudgePanels] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_JudgePanels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_JudgePanels_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [LiveBoards] (
        [CompetitionId] int NOT NULL,
        [Revision] bigint NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_LiveBoards] PRIMARY KEY ([CompetitionId]),
        CONSTRAINT [FK_LiveBoards_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [LiveStandings] (
        [CompetitionId] int NOT NULL,
        [EntrantId] int NOT NULL,
        [Bib] int NOT NULL,
        [TotalHundredths] int NOT NULL,
        [TheoryHundredths] int NOT NULL,
        [PracticalHundredths] int NOT NULL,
        [TimeUsedSeconds] int NULL,
        [MissingAspects] int NOT NULL,
        [Revision] bigint NOT NULL,
        CONSTRAINT [PK_LiveStandings] PRIMARY KEY ([CompetitionId], [EntrantId]),
        CONSTRAINT [FK_LiveStandings_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MarkingComponents] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [Position] int NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [WeightPercent] int NOT NULL,
        CONSTRAINT [PK_MarkingComponents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MarkingComponents_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StandingsDemands] (
        [Id] bigint NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_StandingsDemands] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StandingsDemands_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StandingsSnapshots] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [Number] int NOT NULL,
        [Basis] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [InputHash] nvarchar(64) NOT NULL,
        [ComputedAt] datetime2 NOT NULL,
        [DemandUpTo] bigint NOT NULL,
        [EntrantCount] int NOT NULL,
        [FinalisedBy] nvarchar(256) NULL,
        [FinalisedAt] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [PublishedAt] datetime2 NULL,
        [SupersededById] int NULL,
        CONSTRAINT [PK_StandingsSnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StandingsSnapshots_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PracticeQuestions] (
        [Id] int NOT NULL IDENTITY,
        [BankId] int NOT NULL,
        [Number] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Stem] nvarchar(1000) NOT NULL,
        [Options] nvarchar(1806) NOT NULL,
        [Answer] nvarchar(6) NOT NULL,
        [Points] int NOT NULL,
        CONSTRAINT [PK_PracticeQuestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PracticeQuestions_QuestionBanks_BankId] FOREIGN KEY ([BankId]) REFERENCES [QuestionBanks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PracticeRounds] (
        [Id] int NOT NULL IDENTITY,
        [BankId] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [OpensAt] datetime2 NOT NULL,
        [ClosesAt] datetime2 NOT NULL,
        [DurationMinutes] int NOT NULL,
        [QuestionCount] int NOT NULL,
        [Seed] int NOT NULL,
        [BoardPublishedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PracticeRounds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PracticeRounds_QuestionBanks_BankId] FOREIGN KEY ([BankId]) REFERENCES [QuestionBanks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [IndicatorEvents] (
        [Id] int NOT NULL IDENTITY,
        [IndicatorId] int NOT NULL,
        [Position] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [PointsEach] int NOT NULL,
        [IsVeto] bit NOT NULL,
        [MaxCount] int NOT NULL,
        CONSTRAINT [PK_IndicatorEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IndicatorEvents_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AgreementRepresentative] (
        [Id] int NOT NULL IDENTITY,
        [AgreementId] int NOT NULL,
        [Side] nvarchar(40) NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        [Post] nvarchar(100) NULL,
        [IsChief] bit NOT NULL,
        CONSTRAINT [PK_AgreementRepresentative] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgreementRepresentative_WageAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [WageAgreements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AgreementVote] (
        [Id] int NOT NULL IDENTITY,
        [AgreementId] int NOT NULL,
        [Representatives] int NOT NULL,
        [Attending] int NOT NULL,
        [Approving] int NOT NULL,
        [HeldOn] date NOT NULL,
        [Passed] bit NOT NULL,
        CONSTRAINT [PK_AgreementVote] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgreementVote_WageAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [WageAgreements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [BargainingRounds] (
        [Id] int NOT NULL IDENTITY,
        [AgreementId] int NOT NULL,
        [Number] int NOT NULL,
        [HeldOn] date NOT NULL,
        [Minutes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_BargainingRounds] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BargainingRounds_WageAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [WageAgreements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] int NOT NULL IDENTITY,
        [DisplayName] nvarchar(50) NOT NULL,
        [WorkerId] int NULL,
        [EnterpriseId] int NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AspNetUsers_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CampaignParticipants] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [UnitKind] nvarchar(40) NULL,
        [EnterpriseId] int NULL,
        [WorkerId] int NULL,
        [UnitId] int NULL,
        [LeaderWorkerId] int NULL,
        [IsActive] bit NOT NULL,
        [WithdrawalReason] nvarchar(500) NULL,
        CONSTRAINT [PK_CampaignParticipants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignParticipants_CampaignParticipants_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [CampaignParticipants] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CampaignParticipants_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignParticipants_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CampaignParticipants_Workers_LeaderWorkerId] FOREIGN KEY ([LeaderWorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CampaignParticipants_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [InnovationStudios] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [EnterpriseId] int NOT NULL,
        [LeadWorkerId] int NOT NULL,
        [FoundedOn] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_InnovationStudios] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InnovationStudios_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InnovationStudios_Workers_LeadWorkerId] FOREIGN KEY ([LeadWorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MentoringPairs] (
        [Id] int NOT NULL IDENTITY,
        [MentorWorkerId] int NOT NULL,
        [ApprenticeWorkerId] int NOT NULL,
        [EnterpriseId] int NOT NULL,
        [Plan] nvarchar(4000) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [MentorSignedOn] date NULL,
        [ApprenticeSignedOn] date NULL,
        [EnterpriseSignedOn] date NULL,
        [ApprenticeLevelAtStart] int NOT NULL,
        [ApprenticeLevelAtEnd] int NULL,
        [CompletedOn] date NULL,
        [TerminationReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_MentoringPairs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MentoringPairs_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MentoringPairs_Workers_ApprenticeWorkerId] FOREIGN KEY ([ApprenticeWorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MentoringPairs_Workers_MentorWorkerId] FOREIGN KEY ([MentorWorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PayGradeChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [AgreementId] int NOT NULL,
        [PostClassId] int NOT NULL,
        [LevelRank] int NOT NULL,
        [Tier] nvarchar(40) NOT NULL,
        [MonthlyFen] bigint NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Reason] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_PayGradeChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PayGradeChanges_PostClasses_PostClassId] FOREIGN KEY ([PostClassId]) REFERENCES [PostClasses] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PayGradeChanges_WageAgreements_AgreementId] FOREIGN KEY ([AgreementId]) REFERENCES [WageAgreements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PayGradeChanges_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [SkillCertificates] (
        [Id] int NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [Number] nvarchar(22) NOT NULL,
        [SkillLevelId] int NOT NULL,
        [OccupationId] int NOT NULL,
        [IssuedOn] date NOT NULL,
        [Issuer] nvarchar(100) NOT NULL,
        [IssuerKind] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_SkillCertificates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SkillCertificates_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SkillCertificates_SkillLevels_SkillLevelId] FOREIGN KEY ([SkillLevelId]) REFERENCES [SkillLevels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SkillCertificates_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [TrainingEnrolments] (
        [Id] int NOT NULL IDENTITY,
        [ProgrammeId] int NOT NULL,
        [WorkerId] int NOT NULL,
        [Channel] nvarchar(40) NOT NULL,
        [EnrolledBy] nvarchar(256) NOT NULL,
        [EnrolledAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Passed] bit NULL,
        [Score] int NULL,
        [ResultOn] date NULL,
        [FailureReason] nvarchar(200) NULL,
        [CertificateNumber] nvarchar(30) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TrainingEnrolments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TrainingEnrolments_TrainingProgrammes_ProgrammeId] FOREIGN KEY ([ProgrammeId]) REFERENCES [TrainingProgrammes] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_TrainingEnrolments_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [WorkerMessages] (
        [Id] bigint NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Text] nvarchar(500) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        CONSTRAINT [PK_WorkerMessages] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkerMessages_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [WorkerTierChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [FromTier] nvarchar(40) NOT NULL,
        [ToTier] nvarchar(40) NOT NULL,
        [EffectiveOn] date NOT NULL,
        [Reason] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_WorkerTierChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkerTierChanges_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [EntrantMembers] (
        [EntrantId] int NOT NULL,
        [WorkerId] int NOT NULL,
        [CompetitionId] int NOT NULL,
        CONSTRAINT [PK_EntrantMembers] PRIMARY KEY ([EntrantId], [WorkerId]),
        CONSTRAINT [FK_EntrantMembers_Entrants_EntrantId] FOREIGN KEY ([EntrantId]) REFERENCES [Entrants] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EntrantMembers_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MarkingCriteria] (
        [Id] int NOT NULL IDENTITY,
        [ComponentId] int NOT NULL,
        [Position] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_MarkingCriteria] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MarkingCriteria_MarkingComponents_ComponentId] FOREIGN KEY ([ComponentId]) REFERENCES [MarkingComponents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PracticeAttempts] (
        [Id] bigint NOT NULL IDENTITY,
        [RoundId] int NOT NULL,
        [WorkerId] int NOT NULL,
        [EnterpriseId] int NOT NULL,
        [IndustryId] int NOT NULL,
        [QuestionIds] nvarchar(2000) NOT NULL,
        [Answers] nvarchar(2000) NULL,
        [StartedAt] datetime2 NOT NULL,
        [DeadlineAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [Status] nvarchar(40) NOT NULL,
        [Score] int NOT NULL,
        [MaxScore] int NOT NULL,
        [TimeUsedSeconds] int NOT NULL,
        CONSTRAINT [PK_PracticeAttempts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PracticeAttempts_PracticeRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [PracticeRounds] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PracticeBoards] (
        [Id] int NOT NULL IDENTITY,
        [RoundId] int NOT NULL,
        [Number] int NOT NULL,
        [ComputedAt] datetime2 NOT NULL,
        [Participants] int NOT NULL,
        CONSTRAINT [PK_PracticeBoards] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PracticeBoards_PracticeRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [PracticeRounds] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [BargainingProposal] (
        [Id] int NOT NULL IDENTITY,
        [RoundId] int NOT NULL,
        [Side] nvarchar(40) NOT NULL,
        [PayGridId] int NOT NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_BargainingProposal] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BargainingProposal_BargainingRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [BargainingRounds] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BargainingProposal_PayGrids_PayGridId] FOREIGN KEY ([PayGridId]) REFERENCES [PayGrids] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] int NOT NULL,
        [RoleId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] int NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [CompetitionJudges] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [UserId] int NOT NULL,
        [FullName] nvarchar(50) NOT NULL,
        [EnterpriseId] int NULL,
        [IsChief] bit NOT NULL,
        CONSTRAINT [PK_CompetitionJudges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CompetitionJudges_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CompetitionJudges_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [InnovationEntries] (
        [Id] int NOT NULL IDENTITY,
        [Kind] nvarchar(40) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [ExpectedBenefit] nvarchar(4000) NULL,
        [SubmittedByWorkerId] int NOT NULL,
        [EnterpriseId] int NOT NULL,
        [CampaignId] int NULL,
        [ParticipantId] int NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [AssessedBenefitFen] bigint NULL,
        [Grade] nvarchar(40) NULL,
        [AssessmentNote] nvarchar(4000) NULL,
        [AssessedBy] nvarchar(256) NULL,
        [AssessedOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_InnovationEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InnovationEntries_CampaignParticipants_ParticipantId] FOREIGN KEY ([ParticipantId]) REFERENCES [CampaignParticipants] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InnovationEntries_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InnovationEntries_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InnovationEntries_Workers_SubmittedByWorkerId] FOREIGN KEY ([SubmittedByWorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Nominations] (
        [Id] int NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Source] nvarchar(40) NOT NULL,
        [HonourTypeId] int NULL,
        [TargetLevelId] int NULL,
        [EnterpriseId] int NULL,
        [CompetitionId] int NULL,
        [SnapshotId] int NULL,
        [ResultRank] int NULL,
        [CampaignId] int NULL,
        [CampaignParticipantId] int NULL,
        [CollectiveName] nvarchar(100) NULL,
        [Evidence] nvarchar(4000) NULL,
        [NeedsSecondApproval] bit NOT NULL,
        [NoticeWorkingDays] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [ReviewerUserId] nvarchar(450) NULL,
        [ReviewerName] nvarchar(256) NULL,
        [FirstApproverUserId] nvarchar(450) NULL,
        [NoticeStartsOn] date NULL,
        [NoticeEndsOn] date NULL,
        [ConferredOn] date NULL,
        [Outcome] nvarchar(1100) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Nominations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Nominations_CampaignParticipants_CampaignParticipantId] FOREIGN KEY ([CampaignParticipantId]) REFERENCES [CampaignParticipants] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_HonourTypes_HonourTypeId] FOREIGN KEY ([HonourTypeId]) REFERENCES [HonourTypes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_SkillLevels_TargetLevelId] FOREIGN KEY ([TargetLevelId]) REFERENCES [SkillLevels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Nominations_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [ParticipantMember] (
        [ParticipantId] int NOT NULL,
        [WorkerId] int NOT NULL,
        CONSTRAINT [PK_ParticipantMember] PRIMARY KEY ([ParticipantId], [WorkerId]),
        CONSTRAINT [FK_ParticipantMember_CampaignParticipants_ParticipantId] FOREIGN KEY ([ParticipantId]) REFERENCES [CampaignParticipants] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ParticipantMember_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PeriodAssessments] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [PeriodId] int NOT NULL,
        [ParticipantId] int NOT NULL,
        [SchemeId] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [SubmittedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PeriodAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PeriodAssessments_CampaignParticipants_ParticipantId] FOREIGN KEY ([ParticipantId]) REFERENCES [CampaignParticipants] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PeriodAssessments_CampaignPeriods_PeriodId] FOREIGN KEY ([PeriodId]) REFERENCES [CampaignPeriods] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PeriodAssessments_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PeriodAssessments_IndicatorSchemes_SchemeId] FOREIGN KEY ([SchemeId]) REFERENCES [IndicatorSchemes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StudioMembers] (
        [Id] int NOT NULL IDENTITY,
        [StudioId] int NOT NULL,
        [WorkerId] int NOT NULL,
        [JoinedOn] date NOT NULL,
        [LeftOn] date NULL,
        CONSTRAINT [PK_StudioMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StudioMembers_InnovationStudios_StudioId] FOREIGN KEY ([StudioId]) REFERENCES [InnovationStudios] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_StudioMembers_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StudioProject] (
        [Id] int NOT NULL IDENTITY,
        [StudioId] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [StartedOn] date NOT NULL,
        [CompletedOn] date NULL,
        [Patents] int NOT NULL,
        [FiveSmallEntries] int NOT NULL,
        [SavingsFen] bigint NOT NULL,
        CONSTRAINT [PK_StudioProject] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StudioProject_InnovationStudios_StudioId] FOREIGN KEY ([StudioId]) REFERENCES [InnovationStudios] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [StudioReview] (
        [Id] int NOT NULL IDENTITY,
        [StudioId] int NOT NULL,
        [Year] int NOT NULL,
        [Grade] nvarchar(40) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [ReviewedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_StudioReview] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StudioReview_InnovationStudios_StudioId] FOREIGN KEY ([StudioId]) REFERENCES [InnovationStudios] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MentoringMilestone] (
        [PairId] int NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [DueOn] date NOT NULL,
        [MentorSignedOn] date NULL,
        [ApprenticeSignedOn] date NULL,
        [EnterpriseSignedOn] date NULL,
        CONSTRAINT [PK_MentoringMilestone] PRIMARY KEY ([PairId], [Number]),
        CONSTRAINT [FK_MentoringMilestone_MentoringPairs_PairId] FOREIGN KEY ([PairId]) REFERENCES [MentoringPairs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [WorkerLevelChanges] (
        [Id] int NOT NULL IDENTITY,
        [WorkerId] int NOT NULL,
        [SkillLevelId] int NOT NULL,
        [EffectiveOn] date NOT NULL,
        [Reason] nvarchar(40) NOT NULL,
        [CertificateId] int NULL,
        CONSTRAINT [PK_WorkerLevelChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkerLevelChanges_SkillCertificates_CertificateId] FOREIGN KEY ([CertificateId]) REFERENCES [SkillCertificates] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkerLevelChanges_SkillLevels_SkillLevelId] FOREIGN KEY ([SkillLevelId]) REFERENCES [SkillLevels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkerLevelChanges_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AttendanceDay] (
        [EnrolmentId] int NOT NULL,
        [Day] date NOT NULL,
        [Tenths] int NOT NULL,
        CONSTRAINT [PK_AttendanceDay] PRIMARY KEY ([EnrolmentId], [Day]),
        CONSTRAINT [FK_AttendanceDay_TrainingEnrolments_EnrolmentId] FOREIGN KEY ([EnrolmentId]) REFERENCES [TrainingEnrolments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [MarkingAspects] (
        [Id] int NOT NULL IDENTITY,
        [CriterionId] int NOT NULL,
        [Position] int NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Description] nvarchar(300) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [MaximumHundredths] int NOT NULL,
        [Aggregation] nvarchar(40) NOT NULL,
        [AllowedGapHundredths] int NOT NULL,
        [StepHundredths] int NOT NULL,
        [Descriptor0] nvarchar(200) NULL,
        [Descriptor1] nvarchar(200) NULL,
        [Descriptor2] nvarchar(200) NULL,
        [Descriptor3] nvarchar(200) NULL,
        CONSTRAINT [PK_MarkingAspects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MarkingAspects_MarkingCriteria_CriterionId] FOREIGN KEY ([CriterionId]) REFERENCES [MarkingCriteria] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PanelCriteria] (
        [PanelId] int NOT NULL,
        [CriterionId] int NOT NULL,
        CONSTRAINT [PK_PanelCriteria] PRIMARY KEY ([PanelId], [CriterionId]),
        CONSTRAINT [FK_PanelCriteria_JudgePanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [JudgePanels] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PanelCriteria_MarkingCriteria_CriterionId] FOREIGN KEY ([CriterionId]) REFERENCES [MarkingCriteria] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Conflicts] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [JudgeId] int NOT NULL,
        [EntrantId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Note] nvarchar(200) NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewNote] nvarchar(200) NULL,
        CONSTRAINT [PK_Conflicts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Conflicts_CompetitionJudges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [CompetitionJudges] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Conflicts_Entrants_EntrantId] FOREIGN KEY ([EntrantId]) REFERENCES [Entrants] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [PanelMembers] (
        [PanelId] int NOT NULL,
        [JudgeId] int NOT NULL,
        CONSTRAINT [PK_PanelMembers] PRIMARY KEY ([PanelId], [JudgeId]),
        CONSTRAINT [FK_PanelMembers_CompetitionJudges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [CompetitionJudges] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelMembers_JudgePanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [JudgePanels] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [ScoreSheets] (
        [Id] int NOT NULL IDENTITY,
        [CompetitionId] int NOT NULL,
        [EntrantId] int NOT NULL,
        [Source] nvarchar(40) NOT NULL,
        [PanelId] int NULL,
        [JudgeId] int NULL,
        [ComponentId] int NULL,
        [Status] nvarchar(40) NOT NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [SubmittedAt] datetime2 NULL,
        [VerifiedBy] nvarchar(256) NULL,
        [VerifiedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ScoreSheets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ScoreSheets_CompetitionJudges_JudgeId] FOREIGN KEY ([JudgeId]) REFERENCES [CompetitionJudges] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreSheets_Entrants_EntrantId] FOREIGN KEY ([EntrantId]) REFERENCES [Entrants] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreSheets_JudgePanels_PanelId] FOREIGN KEY ([PanelId]) REFERENCES [JudgePanels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreSheets_MarkingComponents_ComponentId] FOREIGN KEY ([ComponentId]) REFERENCES [MarkingComponents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [InnovationAuthor] (
        [EntryId] int NOT NULL,
        [WorkerId] int NOT NULL,
        [IsLead] bit NOT NULL,
        CONSTRAINT [PK_InnovationAuthor] PRIMARY KEY ([EntryId], [WorkerId]),
        CONSTRAINT [FK_InnovationAuthor_InnovationEntries_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [InnovationEntries] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_InnovationAuthor_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [NominationSteps] (
        [Id] int NOT NULL IDENTITY,
        [NominationId] int NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [ByUserId] nvarchar(450) NOT NULL,
        [ByName] nvarchar(256) NOT NULL,
        [At] datetime2 NOT NULL,
        [Note] nvarchar(1100) NULL,
        CONSTRAINT [PK_NominationSteps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NominationSteps_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [Objections] (
        [Id] int NOT NULL IDENTITY,
        [NominationId] int NOT NULL,
        [FiledByName] nvarchar(50) NOT NULL,
        [FiledByIdNumber] nvarchar(18) NOT NULL,
        [Contact] nvarchar(50) NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [FiledAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Decision] nvarchar(2000) NULL,
        [DecidedByName] nvarchar(256) NULL,
        [DecidedAt] datetime2 NULL,
        CONSTRAINT [PK_Objections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Objections_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [WorkerHonours] (
        [Id] int NOT NULL IDENTITY,
        [HonourTypeId] int NULL,
        [NominationId] int NULL,
        [CountsTowardCraftsman] bit NOT NULL,
        [ExpiryWarnedOn] date NULL,
        [LapsedOn] date NULL,
        [WorkerId] int NOT NULL,
        [Title] nvarchar(100) NOT NULL,
        [ConferredOn] date NOT NULL,
        [ExpiresOn] date NULL,
        CONSTRAINT [PK_WorkerHonours] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkerHonours_HonourTypes_HonourTypeId] FOREIGN KEY ([HonourTypeId]) REFERENCES [HonourTypes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkerHonours_Nominations_NominationId] FOREIGN KEY ([NominationId]) REFERENCES [Nominations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkerHonours_Workers_WorkerId] FOREIGN KEY ([WorkerId]) REFERENCES [Workers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AssessmentChanges] (
        [Id] int NOT NULL IDENTITY,
        [AssessmentId] int NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [IndicatorId] int NULL,
        [EventId] int NULL,
        [OldValue] int NULL,
        [NewValue] int NULL,
        [By] nvarchar(256) NOT NULL,
        [At] datetime2 NOT NULL,
        [Reason] nvarchar(500) NULL,
        CONSTRAINT [PK_AssessmentChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentChanges_PeriodAssessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [PeriodAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AssessmentCount] (
        [AssessmentId] int NOT NULL,
        [EventId] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_AssessmentCount] PRIMARY KEY ([AssessmentId], [EventId]),
        CONSTRAINT [FK_AssessmentCount_IndicatorEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [IndicatorEvents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssessmentCount_PeriodAssessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [PeriodAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AssessmentEvidence] (
        [Id] int NOT NULL IDENTITY,
        [AssessmentId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [SizeBytes] int NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Note] nvarchar(200) NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_AssessmentEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentEvidence_PeriodAssessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [PeriodAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [AssessmentValue] (
        [AssessmentId] int NOT NULL,
        [IndicatorId] int NOT NULL,
        [Hundredths] int NOT NULL,
        CONSTRAINT [PK_AssessmentValue] PRIMARY KEY ([AssessmentId], [IndicatorId]),
        CONSTRAINT [FK_AssessmentValue_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssessmentValue_PeriodAssessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [PeriodAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [ScoreChanges] (
        [Id] int NOT NULL IDENTITY,
        [SheetId] int NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [AspectId] int NULL,
        [OldHundredths] int NULL,
        [NewHundredths] int NULL,
        [By] nvarchar(256) NOT NULL,
        [At] datetime2 NOT NULL,
        [Reason] nvarchar(200) NULL,
        CONSTRAINT [PK_ScoreChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ScoreChanges_ScoreSheets_SheetId] FOREIGN KEY ([SheetId]) REFERENCES [ScoreSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE TABLE [ScoreEntries] (
        [SheetId] int NOT NULL,
        [AspectId] int NOT NULL,
        [Hundredths] int NOT NULL,
        CONSTRAINT [PK_ScoreEntries] PRIMARY KEY ([SheetId], [AspectId]),
        CONSTRAINT [FK_ScoreEntries_MarkingAspects_AspectId] FOREIGN KEY ([AspectId]) REFERENCES [MarkingAspects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ScoreEntries_ScoreSheets_SheetId] FOREIGN KEY ([SheetId]) REFERENCES [ScoreSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AgreementRepresentative_AgreementId] ON [AgreementRepresentative] ([AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AgreementVote_AgreementId] ON [AgreementVote] ([AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_EnterpriseId] ON [AspNetUsers] ([EnterpriseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AspNetUsers_WorkerId] ON [AspNetUsers] ([WorkerId]) WHERE [WorkerId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AssessmentChanges_AssessmentId] ON [AssessmentChanges] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AssessmentCount_EventId] ON [AssessmentCount] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AssessmentEvidence_AssessmentId] ON [AssessmentEvidence] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AssessmentValue_IndicatorId] ON [AssessmentValue] ([IndicatorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_BargainingProposal_PayGridId] ON [BargainingProposal] ([PayGridId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_BargainingProposal_RoundId] ON [BargainingProposal] ([RoundId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BargainingRounds_AgreementId_Number] ON [BargainingRounds] ([AgreementId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_CampaignId_Kind] ON [CampaignParticipants] ([CampaignId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_EnterpriseId] ON [CampaignParticipants] ([EnterpriseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_LeaderWorkerId] ON [CampaignParticipants] ([LeaderWorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_UnitId] ON [CampaignParticipants] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_WorkerId] ON [CampaignParticipants] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CampaignPeriods_CampaignId_Number] ON [CampaignPeriods] ([CampaignId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_Status_StartsOn] ON [Campaigns] ([Status], [StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CampaignStandings_CampaignId_Number] ON [CampaignStandings] ([CampaignId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignStandingsDemands_CampaignId_Id] ON [CampaignStandingsDemands] ([CampaignId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignStandingsRows_SnapshotId_PeriodId_Kind_Rank] ON [CampaignStandingsRows] ([SnapshotId], [PeriodId], [Kind], [Rank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CompetitionJudges_CompetitionId_UserId] ON [CompetitionJudges] ([CompetitionId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CompetitionJudges_UserId] ON [CompetitionJudges] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Competitions_IndustryId] ON [Competitions] ([IndustryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Competitions_OccupationId] ON [Competitions] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Competitions_StartsOn] ON [Competitions] ([StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_CompetitionStatusChanges_CompetitionId] ON [CompetitionStatusChanges] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Conflicts_CompetitionId] ON [Conflicts] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Conflicts_EntrantId] ON [Conflicts] ([EntrantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Conflicts_JudgeId_EntrantId_Kind] ON [Conflicts] ([JudgeId], [EntrantId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Enterprises_CreditCode] ON [Enterprises] ([CreditCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Enterprises_IndustryId] ON [Enterprises] ([IndustryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Enterprises_Name] ON [Enterprises] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EntrantMembers_CompetitionId_WorkerId] ON [EntrantMembers] ([CompetitionId], [WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_EntrantMembers_WorkerId] ON [EntrantMembers] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Entrants_CompetitionId_Bib] ON [Entrants] ([CompetitionId], [Bib]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HonourTypes_Name] ON [HonourTypes] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IndicatorEvents_IndicatorId_Position] ON [IndicatorEvents] ([IndicatorId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Indicators_SchemeId_Position] ON [Indicators] ([SchemeId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IndicatorSchemes_CampaignId_Number] ON [IndicatorSchemes] ([CampaignId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Industries_Code] ON [Industries] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationAuthor_WorkerId] ON [InnovationAuthor] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationEntries_CampaignId] ON [InnovationEntries] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationEntries_EnterpriseId_Status] ON [InnovationEntries] ([EnterpriseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationEntries_ParticipantId] ON [InnovationEntries] ([ParticipantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationEntries_Status_SubmittedAt] ON [InnovationEntries] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationEntries_SubmittedByWorkerId] ON [InnovationEntries] ([SubmittedByWorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationStudios_EnterpriseId] ON [InnovationStudios] ([EnterpriseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_InnovationStudios_LeadWorkerId] ON [InnovationStudios] ([LeadWorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InnovationStudios_Name] ON [InnovationStudios] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_JobRuns_JobGroup_JobName_StartedAt] ON [JobRuns] ([JobGroup], [JobName], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_JobRuns_StartedAt] ON [JobRuns] ([StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JudgePanels_CompetitionId_Name] ON [JudgePanels] ([CompetitionId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LadderPolicies_Number] ON [LadderPolicies] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_LevelRoutes_OccupationId] ON [LevelRoutes] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_LevelRoutes_PolicyId_TargetLevelRank] ON [LevelRoutes] ([PolicyId], [TargetLevelRank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_LiveStandings_CompetitionId_TotalHundredths] ON [LiveStandings] ([CompetitionId], [TotalHundredths]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MarkingAspects_CriterionId] ON [MarkingAspects] ([CriterionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MarkingComponents_CompetitionId] ON [MarkingComponents] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MarkingCriteria_ComponentId] ON [MarkingCriteria] ([ComponentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MentoringPairs_ApprenticeWorkerId] ON [MentoringPairs] ([ApprenticeWorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MentoringPairs_EnterpriseId_Status] ON [MentoringPairs] ([EnterpriseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_MentoringPairs_MentorWorkerId] ON [MentoringPairs] ([MentorWorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MinimumWages_Area_EffectiveFrom] ON [MinimumWages] ([Area], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_CampaignId] ON [Nominations] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Nominations_CampaignParticipantId_HonourTypeId] ON [Nominations] ([CampaignParticipantId], [HonourTypeId]) WHERE [CampaignParticipantId] IS NOT NULL AND [HonourTypeId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_CompetitionId] ON [Nominations] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_EnterpriseId] ON [Nominations] ([EnterpriseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_HonourTypeId] ON [Nominations] ([HonourTypeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_ReviewerUserId] ON [Nominations] ([ReviewerUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Nominations_SnapshotId_WorkerId_Kind] ON [Nominations] ([SnapshotId], [WorkerId], [Kind]) WHERE [SnapshotId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_Status_CreatedAt] ON [Nominations] ([Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_TargetLevelId] ON [Nominations] ([TargetLevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Nominations_WorkerId] ON [Nominations] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_NominationSteps_NominationId] ON [NominationSteps] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Objections_NominationId_FiledByIdNumber] ON [Objections] ([NominationId], [FiledByIdNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Occupations_Code] ON [Occupations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PanelCriteria_CriterionId] ON [PanelCriteria] ([CriterionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PanelMembers_JudgeId] ON [PanelMembers] ([JudgeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ParticipantMember_WorkerId] ON [ParticipantMember] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PayGradeChanges_AgreementId] ON [PayGradeChanges] ([AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PayGradeChanges_PostClassId] ON [PayGradeChanges] ([PostClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PayGradeChanges_WorkerId_EffectiveFrom] ON [PayGradeChanges] ([WorkerId], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PayGridCell_PayGridId_PostClassId_LevelRank] ON [PayGridCell] ([PayGridId], [PostClassId], [LevelRank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PayGridCell_PostClassId] ON [PayGridCell] ([PostClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PeriodAssessments_CampaignId_Status] ON [PeriodAssessments] ([CampaignId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PeriodAssessments_ParticipantId] ON [PeriodAssessments] ([ParticipantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PeriodAssessments_PeriodId_ParticipantId] ON [PeriodAssessments] ([PeriodId], [ParticipantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PeriodAssessments_SchemeId] ON [PeriodAssessments] ([SchemeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PostClasses_Code] ON [PostClasses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PracticeAttempts_RoundId_Status_Score] ON [PracticeAttempts] ([RoundId], [Status], [Score]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PracticeAttempts_RoundId_WorkerId] ON [PracticeAttempts] ([RoundId], [WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PracticeBoardRows_BoardId_Scope_Rank] ON [PracticeBoardRows] ([BoardId], [Scope], [Rank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PracticeBoards_RoundId_Number] ON [PracticeBoards] ([RoundId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PracticeQuestions_BankId_Number] ON [PracticeQuestions] ([BankId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PracticeRounds_BankId] ON [PracticeRounds] ([BankId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_PracticeRounds_ClosesAt_BoardPublishedAt] ON [PracticeRounds] ([ClosesAt], [BoardPublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ProcessedRequests_CreatedAt] ON [ProcessedRequests] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProcessedRequests_UserName_Key] ON [ProcessedRequests] ([UserName], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_QuestionBanks_OccupationId] ON [QuestionBanks] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ScoreChanges_SheetId] ON [ScoreChanges] ([SheetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ScoreEntries_AspectId] ON [ScoreEntries] ([AspectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ScoreSheets_CompetitionId_Status] ON [ScoreSheets] ([CompetitionId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ScoreSheets_ComponentId_EntrantId] ON [ScoreSheets] ([ComponentId], [EntrantId]) WHERE [ComponentId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ScoreSheets_EntrantId] ON [ScoreSheets] ([EntrantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_ScoreSheets_JudgeId] ON [ScoreSheets] ([JudgeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ScoreSheets_PanelId_JudgeId_EntrantId] ON [ScoreSheets] ([PanelId], [JudgeId], [EntrantId]) WHERE [PanelId] IS NOT NULL AND [JudgeId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SkillCertificates_Number] ON [SkillCertificates] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_SkillCertificates_OccupationId] ON [SkillCertificates] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_SkillCertificates_SkillLevelId] ON [SkillCertificates] ([SkillLevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_SkillCertificates_WorkerId] ON [SkillCertificates] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SkillLevels_Code] ON [SkillLevels] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SkillLevels_Rank] ON [SkillLevels] ([Rank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_StandingsDemands_CompetitionId_Id] ON [StandingsDemands] ([CompetitionId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_StandingsSnapshots_CompetitionId_Basis_Status] ON [StandingsSnapshots] ([CompetitionId], [Basis], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StandingsSnapshots_CompetitionId_Number] ON [StandingsSnapshots] ([CompetitionId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_StudioMembers_StudioId] ON [StudioMembers] ([StudioId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_StudioMembers_WorkerId] ON [StudioMembers] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_StudioProject_StudioId] ON [StudioProject] ([StudioId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StudioReview_StudioId_Year] ON [StudioReview] ([StudioId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TitleEquivalences_LevelRank] ON [TitleEquivalences] ([LevelRank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_TrainingEnrolments_CertificateNumber] ON [TrainingEnrolments] ([CertificateNumber]) WHERE [CertificateNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TrainingEnrolments_ProgrammeId_WorkerId] ON [TrainingEnrolments] ([ProgrammeId], [WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingEnrolments_WorkerId_Status] ON [TrainingEnrolments] ([WorkerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingProgrammes_OccupationId] ON [TrainingProgrammes] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_TrainingProgrammes_Status_StartsOn] ON [TrainingProgrammes] ([Status], [StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WageAgreements_DraftGridId] ON [WageAgreements] ([DraftGridId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WageAgreements_EnterpriseId_Status] ON [WageAgreements] ([EnterpriseId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WageAgreements_IndustryId_District_Status] ON [WageAgreements] ([IndustryId], [District], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerHonours_ExpiresOn] ON [WorkerHonours] ([ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerHonours_HonourTypeId] ON [WorkerHonours] ([HonourTypeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerHonours_NominationId] ON [WorkerHonours] ([NominationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerHonours_WorkerId_ConferredOn] ON [WorkerHonours] ([WorkerId], [ConferredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerLevelChanges_CertificateId] ON [WorkerLevelChanges] ([CertificateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerLevelChanges_SkillLevelId] ON [WorkerLevelChanges] ([SkillLevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerLevelChanges_WorkerId_EffectiveOn] ON [WorkerLevelChanges] ([WorkerId], [EffectiveOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerMessages_WorkerId_CreatedAt] ON [WorkerMessages] ([WorkerId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Workers_CurrentSkillLevelId] ON [Workers] ([CurrentSkillLevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Workers_EnterpriseId_FullName] ON [Workers] ([EnterpriseId], [FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Workers_FullName] ON [Workers] ([FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Workers_NationalIdNumber] ON [Workers] ([NationalIdNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Workers_OccupationId] ON [Workers] ([OccupationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_Workers_PostClassId] ON [Workers] ([PostClassId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerTierChanges_EffectiveOn] ON [WorkerTierChanges] ([EffectiveOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    CREATE INDEX [IX_WorkerTierChanges_WorkerId_EffectiveOn] ON [WorkerTierChanges] ([WorkerId], [EffectiveOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207203037_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207203037_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234130_ClusterSharedState'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234130_ClusterSharedState'
)
BEGIN
    CREATE TABLE [SignInWindows] (
        [Address] nvarchar(64) NOT NULL,
        [WindowStart] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        CONSTRAINT [PK_SignInWindows] PRIMARY KEY ([Address])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234130_ClusterSharedState'
)
BEGIN
    CREATE INDEX [IX_SignInWindows_WindowStart] ON [SignInWindows] ([WindowStart]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207234130_ClusterSharedState'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207234130_ClusterSharedState', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208014821_WorkerPageIndexes'
)
BEGIN
    CREATE INDEX [IX_PracticeAttempts_WorkerId] ON [PracticeAttempts] ([WorkerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208014821_WorkerPageIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208014821_WorkerPageIndexes', N'10.0.15');
END;

COMMIT;
GO

