using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>An agreement as the detail page, the API and the filing pack show it.</summary>
public sealed record GetAgreementQuery(int Id) : IRequest<AgreementDetails>;

public sealed record AgreementDetails
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string Title { get; init; } = "";
    public AgreementScope Scope { get; init; }
    public int? EnterpriseId { get; init; }
    public string Covers { get; init; } = "";
    public string MinimumWageArea { get; init; } = "";
    public BargainingSide OfferedBy { get; init; }
    public string OfferText { get; init; } = "";
    public DateOnly OfferedOn { get; init; }
    public DateOnly? RepliedOn { get; init; }
    public int TermMonths { get; init; }
    public PayEffectiveRule PayRule { get; init; }
    public AgreementStatus Status { get; init; }
    public AgreementStage Stage { get; init; }
    public string StageName { get; init; } = "";
    public DateOnly ReplyDueOn { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? FiledOn { get; init; }
    public DateOnly? ReviewEndsOn { get; init; }
    public DateOnly? BureauApprovedOn { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public IReadOnlyList<ReminderItem> Reminders { get; init; } = [];
    public string? PartiesProblem { get; init; }
    public IReadOnlyList<RepresentativeItem> Representatives { get; init; } = [];
    public IReadOnlyList<RoundItem> Rounds { get; init; } = [];
    public IReadOnlyList<VoteItem> Votes { get; init; } = [];
    public GridView? Draft { get; init; }
    /// <summary>The standard in force in the agreement's area today (null: none recorded).</summary>
    public long? MinimumWageTodayFen { get; init; }
    public int WorkersGraded { get; init; }
    /// <summary>What the reader may do here, so pages offer only the forms that would be accepted.</summary>
    public bool ActsForUnion { get; init; }
    public bool ActsForEmployer { get; init; }
}

public sealed record RepresentativeItem(int Id, BargainingSide Side, string Name, string? Post, bool IsChief);
public sealed record RoundItem(int Id, int Number, DateOnly HeldOn, string Minutes, long? MinimumWageFen, IReadOnlyList<ProposalItem> Proposals);
public sealed record ProposalItem(int Id, BargainingSide Side, string? Note, GridView Grid);
public sealed record VoteItem(DateOnly HeldOn, int Representatives, int Attending, int Approving, bool Passed, string Explanation);

public sealed class GetAgreementHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetAgreementQuery, AgreementDetails>
{
    public async Task<AgreementDetails> Handle(GetAgreementQuery request, CancellationToken cancellationToken)
    {
        var a = await db.AgreementAsync(user, request.Id, cancellationToken, tracking: false);
        var today = clock.Today();
        var names = await GridNames.LoadAsync(db, cancellationToken);
        var standards = await db.MinimumWages.AsNoTracking().Where(w => w.Area == a.MinimumWageArea).ToListAsync(cancellationToken);
        long? MinimumOn(DateOnly day) => MinimumWage.InForce(standards, a.MinimumWageArea, day)?.MonthlyFen;
        var covers = a.EnterpriseId is { } e
            ? await db.Enterprises.Where(x => x.Id == e).Select(x => x.Name).SingleAsync(cancellationToken)
            : $"{a.District} · {await db.Industries.Where(i => i.Id == a.IndustryId).Select(i => i.Name).SingleAsync(cancellationToken)}";
        var stage = AgreementText.Stage(a, today);
        return new AgreementDetails
        {
            Id = a.Id, Version = a.Version, Title = a.Title, Scope = a.Scope, EnterpriseId = a.EnterpriseId, Covers = covers,
            MinimumWageArea = a.MinimumWageArea, OfferedBy = a.OfferedBy, OfferText = a.OfferText, OfferedOn = a.OfferedOn, RepliedOn = a.RepliedOn,
            TermMonths = a.TermMonths, PayRule = a.PayRule, Status = a.Status, Stage = stage, StageName = AgreementText.Stage(stage),
            ReplyDueOn = a.ReplyDueOn, SignedOn = a.SignedOn, FiledOn = a.FiledOn, ReviewEndsOn = a.ReviewEndsOn,
            BureauApprovedOn = a.BureauApprovedOn, EffectiveFrom = a.EffectiveFrom, ExpiresOn = a.ExpiresOn,
            Reminders = AgreementText.Reminders(a, today), PartiesProblem = a.PartiesProblem(),
            Representatives = a.Representatives.OrderBy(r => r.Side).ThenByDescending(r => r.IsChief).ThenBy(r => r.Id)
                .Select(r => new RepresentativeItem(r.Id, r.Side, r.Name, r.Post, r.IsChief)).ToList(),
            Rounds = a.Rounds.OrderBy(r => r.Number).Select(r => new RoundItem(r.Id, r.Number, r.HeldOn, r.Minutes, MinimumOn(r.HeldOn),
                r.Proposals.OrderBy(p => p.Side).Select(p => new ProposalItem(p.Id, p.Side, p.Note, names.View(p.Grid, MinimumOn(r.HeldOn)))).ToList())).ToList(),
            Votes = a.Votes.OrderBy(v => v.Id).Select(v => new VoteItem(v.HeldOn, v.Representatives, v.Attending, v.Approving, v.Passed, v.ToVote().Explain())).ToList(),
            Draft = a.DraftGrid is { } draft ? names.View(draft, MinimumOn(today)) : null,
            MinimumWageTodayFen = MinimumOn(today),
            WorkersGraded = await db.PayGradeChanges.Where(c => c.AgreementId == a.Id).Select(c => c.WorkerId).Distinct().CountAsync(cancellationToken),
            ActsForUnion = user.IsUnionSide(), ActsForEmployer = user.IsEmployerSideOf(a.EnterpriseId),
        };
    }
}
