using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Agreements with their stage and next deadline. Enterprise HR always sees only its own enterprise's; Overdue keeps
/// those with a deadline passed unmet. Stages "reply due" and "expiring" follow from dates, so they filter after loading.
/// </summary>
public sealed record ListAgreementsQuery : IRequest<IReadOnlyList<AgreementListItem>>
{
    public AgreementStage? Stage { get; init; }
    public int? EnterpriseId { get; init; }
    public bool? Overdue { get; init; }
}

public sealed record AgreementListItem(int Id, string Title, AgreementScope Scope, string Covers, AgreementStage Stage, string StageName,
    DateOnly OfferedOn, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, ReminderItem? NextReminder, bool Overdue);

public sealed class ListAgreementsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListAgreementsQuery, IReadOnlyList<AgreementListItem>>
{
    public async Task<IReadOnlyList<AgreementListItem>> Handle(ListAgreementsQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanSeeBargaining();
        var query = db.WageAgreements.AsNoTracking();
        if (user.BargainingEnterpriseScope() is { } scope) query = query.Where(a => a.EnterpriseId == scope);
        if (request.EnterpriseId is { } enterpriseId) query = query.Where(a => a.EnterpriseId == enterpriseId);
        if (request.Stage is { } stage and not AgreementStage.Expiring)
        {
            var status = stage == AgreementStage.ReplyDue ? AgreementStatus.Offered : Enum.Parse<AgreementStatus>(stage.ToString());
            query = query.Where(a => a.Status == status);
        }
        else if (request.Stage == AgreementStage.Expiring) query = query.Where(a => a.Status == AgreementStatus.Effective);
        var agreements = await query.OrderByDescending(a => a.OfferedOn).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        var ids = agreements.Where(a => a.EnterpriseId is not null).Select(a => a.EnterpriseId!.Value).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var industries = await db.Industries.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var today = clock.Today();
        return agreements
            .Select(a =>
            {
                var reminders = AgreementText.Reminders(a, today);
                var covers = a.EnterpriseId is { } e ? enterprises.GetValueOrDefault(e, "") : $"{a.District} · {industries.GetValueOrDefault(a.IndustryId ?? 0, "")}";
                var stage = AgreementText.Stage(a, today);
                return new AgreementListItem(a.Id, a.Title, a.Scope, covers, stage, AgreementText.Stage(stage), a.OfferedOn, a.EffectiveFrom,
                    a.ExpiresOn, reminders.FirstOrDefault(), reminders.Any(r => r.Overdue));
            })
            .Where(a => request.Stage is null || a.Stage == request.Stage)
            .Where(a => request.Overdue != true || a.Overdue)
            .ToList();
    }
}
