using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>A nomination with its whole signed history, evidence, result reference and objections (ID numbers masked).</summary>
public sealed record GetNominationQuery(int Id) : IRequest<NominationDetails>;

public sealed record NominationDetails(int Id, int Version, int WorkerId, string WorkerName, string EnterpriseName, NominationKind Kind,
    string Subject, NominationSource Source, NominationStatus Status, string? Evidence, int? CompetitionId, int? ResultRank,
    bool NeedsSecondApproval, int NoticeWorkingDays, string? ReviewerUserId, string? ReviewerName, string? FirstApproverUserId,
    DateOnly? NoticeStartsOn, DateOnly? NoticeEndsOn, DateOnly? ConferredOn, string? Outcome,
    IReadOnlyList<NominationStepDto> Steps, IReadOnlyList<ObjectionDto> Objections)
{
    /// <summary>What the reader may do now; the handlers check again.</summary>
    public NominationAbilities May { get; init; } = new(false, false, false, false, false);
    /// <summary>A collective title's unit (先进集体); <see cref="WorkerName"/> is then its leader's.</summary>
    public string? CollectiveName { get; init; }
    /// <summary>The labour campaign a 先进集体 / 先进个人 proposal came from.</summary>
    public int? CampaignId { get; init; }
}

public sealed record NominationStepDto(NominationAction Action, string ByName, DateTime At, string? Note);

public sealed record ObjectionDto(int Id, string FiledByName, string IdNumberMasked, string Contact, string Text, DateTime FiledAt,
    ObjectionStatus Status, string? Decision, string? DecidedByName, DateTime? DecidedAt);

public sealed record NominationAbilities(bool Review, bool Decide, bool Recuse, bool Withdraw, bool Confer);

public sealed class GetNominationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetNominationQuery, NominationDetails>
{
    public async Task<NominationDetails> Handle(GetNominationQuery request, CancellationToken ct)
    {
        var n = await db.Nominations.AsNoTracking().VisibleTo(user, db).Include(x => x.Steps).Include(x => x.Objections)
            .SingleOrDefaultAsync(x => x.Id == request.Id, ct) ?? throw new NotFoundException("Nomination", request.Id);
        var worker = await db.Workers.Where(w => w.Id == n.WorkerId).Select(w => new { w.FullName, Enterprise = w.Enterprise!.Name }).SingleAsync(ct);
        var me = user.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? user.UserName;
        var reviewer = user.IsFederationReviewer();
        var decides = reviewer && (n.Status == NominationStatus.InReview && n.ReviewerUserId == me
                                   || n.Status == NominationStatus.AwaitingSecondApproval && n.FirstApproverUserId != me);
        var nominator = n.Steps.OrderBy(s => s.At).First().ByUserId;
        var withdraw = n.Status is NominationStatus.Submitted or NominationStatus.InReview or NominationStatus.AwaitingSecondApproval
                       && (user.IsAdmin() || me == nominator || (n.Source == NominationSource.Enterprise
                           ? user.IsEnterpriseHr() && user.EnterpriseId == n.EnterpriseId
                           : user.IsInRole(Data.Identity.AppRoles.Organizer)));
        var may = new NominationAbilities(reviewer && !n.IsClosed, decides, reviewer && n.Status == NominationStatus.InReview && n.ReviewerUserId == me,
            withdraw, reviewer && n.Status == NominationStatus.OnNotice && n.NoticeEndsOn < clock.Today());
        return new NominationDetails(n.Id, n.Version, n.WorkerId, worker.FullName, worker.Enterprise, n.Kind, await db.SubjectAsync(n, ct), n.Source,
            n.Status, n.Evidence, n.CompetitionId, n.ResultRank, n.NeedsSecondApproval, n.NoticeWorkingDays, n.ReviewerUserId, n.ReviewerName,
            n.FirstApproverUserId, n.NoticeStartsOn, n.NoticeEndsOn, n.ConferredOn, n.Outcome,
            n.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new NominationStepDto(s.Action, s.ByName, s.At, s.Note)).ToList(),
            n.Objections.OrderBy(o => o.FiledAt).Select(o => new ObjectionDto(o.Id, o.FiledByName, NationalIdNumber.Mask(o.FiledByIdNumber), o.Contact,
                o.Text, o.FiledAt, o.Status, o.Decision, o.DecidedByName, o.DecidedAt)).ToList())
        { May = may, CollectiveName = n.CollectiveName, CampaignId = n.CampaignId };
    }
}
