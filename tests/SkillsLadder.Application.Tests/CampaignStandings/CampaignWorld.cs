using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.CampaignStandings;

/// <summary>
/// The hand-worked campaign of <see cref="CampaignStandingsData"/> on a fresh database, the user an organizer, and
/// helpers to rank it as the job would and to read a snapshot's rows by participant name.
/// </summary>
public sealed class CampaignWorld : IAsyncDisposable
{
    private CampaignWorld(TestApp app, TestData.Directory directory, CampaignStandingsData.Built campaign) =>
        (App, Directory, Campaign) = (app, directory, campaign);

    public TestApp App { get; }
    public TestData.Directory Directory { get; }
    public CampaignStandingsData.Built Campaign { get; }
    public int Id => Campaign.CampaignId;

    public static async Task<CampaignWorld> StartAsync(DatabaseProvider provider, bool finish = false)
    {
        var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var campaign = await app.QueryAsync(db => CampaignStandingsData.CreateAsync(db, directory.EnterpriseId, directory.OccupationId, finish));
        app.RunAs(AppRoles.Organizer, userName: "organizer");
        return new CampaignWorld(app, directory, campaign);
    }

    /// <summary>What the ranking job sends; it runs without a signed-in user.</summary>
    public async Task<CampaignRecomputeResult> RankAsync()
    {
        var (role, name) = (App.User.Role, App.User.Name);
        App.RunAs(null);
        try { return await App.SendAsync(new RecomputeCampaignStandingsCommand(Id)); }
        finally { App.RunAs(role, userName: name); }
    }

    public string Name(int participantId) => Campaign.Participants.Single(p => p.Value == participantId).Key;

    /// <summary>A snapshot's lines of one period (null: cumulative) and kind as (name, rank, total, deductions, vetoes, banner, provisional).</summary>
    public Task<List<(string Name, int Rank, int Total, int Deductions, int Vetoes, bool Banner, bool Provisional)>> RowsAsync(int snapshotId,
        int? periodId, ParticipantKind kind) => App.QueryAsync(async db =>
        (await db.CampaignStandingsRows.Where(r => r.SnapshotId == snapshotId && r.PeriodId == periodId && r.Kind == kind).ToListAsync())
        .OrderBy(r => r.Rank).ThenBy(r => r.ParticipantId)
        .Select(r => (Name(r.ParticipantId), r.Rank, r.Total, r.Deductions, r.Vetoes, r.HoldsBanner, r.Provisional)).ToList());

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
