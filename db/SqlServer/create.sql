CREATE TABLE [AspNetRoles] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(256) NULL,
    [NormalizedName] nvarchar(256) NULL,
    [ConcurrencyStamp] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
);
GO


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
GO


CREATE TABLE [Industries] (
    [Id] int NOT NULL IDENTITY,
    [Code] nvarchar(8) NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    CONSTRAINT [PK_Industries] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [Occupations] (
    [Id] int NOT NULL IDENTITY,
    [Code] nvarchar(16) NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    CONSTRAINT [PK_Occupations] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [SkillLevels] (
    [Id] int NOT NULL IDENTITY,
    [Rank] int NOT NULL,
    [Code] nvarchar(40) NOT NULL,
    [NameZh] nvarchar(40) NOT NULL,
    [NameEn] nvarchar(60) NOT NULL,
    [NationalGrade] int NULL,
    CONSTRAINT [PK_SkillLevels] PRIMARY KEY ([Id])
);
GO


CREATE TABLE [AspNetRoleClaims] (
    [Id] int NOT NULL IDENTITY,
    [RoleId] int NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
);
GO


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
GO


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
    [CurrentSkillLevelId] int NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Workers] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Workers_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Workers_Occupations_OccupationId] FOREIGN KEY ([OccupationId]) REFERENCES [Occupations] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Workers_SkillLevels_CurrentSkillLevelId] FOREIGN KEY ([CurrentSkillLevelId]) REFERENCES [SkillLevels] ([Id]) ON DELETE NO ACTION
);
GO


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
GO


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
GO


CREATE TABLE [AspNetUserClaims] (
    [Id] int NOT NULL IDENTITY,
    [UserId] int NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [AspNetUserLogins] (
    [LoginProvider] nvarchar(450) NOT NULL,
    [ProviderKey] nvarchar(450) NOT NULL,
    [ProviderDisplayName] nvarchar(max) NULL,
    [UserId] int NOT NULL,
    CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
    CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [AspNetUserRoles] (
    [UserId] int NOT NULL,
    [RoleId] int NOT NULL,
    CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
    CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO


CREATE TABLE [AspNetUserTokens] (
    [UserId] int NOT NULL,
    [LoginProvider] nvarchar(450) NOT NULL,
    [Name] nvarchar(450) NOT NULL,
    [Value] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
    CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO


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
GO


CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
GO


CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL;
GO


CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
GO


CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
GO


CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
GO


CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
GO


CREATE INDEX [IX_AspNetUsers_EnterpriseId] ON [AspNetUsers] ([EnterpriseId]);
GO


CREATE UNIQUE INDEX [IX_AspNetUsers_WorkerId] ON [AspNetUsers] ([WorkerId]) WHERE [WorkerId] IS NOT NULL;
GO


CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL;
GO


CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
GO


CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
GO


CREATE UNIQUE INDEX [IX_Enterprises_CreditCode] ON [Enterprises] ([CreditCode]);
GO


CREATE INDEX [IX_Enterprises_IndustryId] ON [Enterprises] ([IndustryId]);
GO


CREATE INDEX [IX_Enterprises_Name] ON [Enterprises] ([Name]);
GO


CREATE UNIQUE INDEX [IX_Industries_Code] ON [Industries] ([Code]);
GO


CREATE UNIQUE INDEX [IX_Occupations_Code] ON [Occupations] ([Code]);
GO


CREATE UNIQUE INDEX [IX_SkillCertificates_Number] ON [SkillCertificates] ([Number]);
GO


CREATE INDEX [IX_SkillCertificates_OccupationId] ON [SkillCertificates] ([OccupationId]);
GO


CREATE INDEX [IX_SkillCertificates_SkillLevelId] ON [SkillCertificates] ([SkillLevelId]);
GO


CREATE INDEX [IX_SkillCertificates_WorkerId] ON [SkillCertificates] ([WorkerId]);
GO


CREATE UNIQUE INDEX [IX_SkillLevels_Code] ON [SkillLevels] ([Code]);
GO


CREATE UNIQUE INDEX [IX_SkillLevels_Rank] ON [SkillLevels] ([Rank]);
GO


CREATE INDEX [IX_WorkerLevelChanges_CertificateId] ON [WorkerLevelChanges] ([CertificateId]);
GO


CREATE INDEX [IX_WorkerLevelChanges_SkillLevelId] ON [WorkerLevelChanges] ([SkillLevelId]);
GO


CREATE INDEX [IX_WorkerLevelChanges_WorkerId_EffectiveOn] ON [WorkerLevelChanges] ([WorkerId], [EffectiveOn]);
GO


CREATE INDEX [IX_Workers_CurrentSkillLevelId] ON [Workers] ([CurrentSkillLevelId]);
GO


CREATE INDEX [IX_Workers_EnterpriseId_FullName] ON [Workers] ([EnterpriseId], [FullName]);
GO


CREATE INDEX [IX_Workers_FullName] ON [Workers] ([FullName]);
GO


CREATE UNIQUE INDEX [IX_Workers_NationalIdNumber] ON [Workers] ([NationalIdNumber]);
GO


CREATE INDEX [IX_Workers_OccupationId] ON [Workers] ([OccupationId]);
GO


