using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>One innovation entry with its authors, campaign team, assessment, and what the reader may do with it now.</summary>
public sealed record GetInnovationQuery(int Id) : IRequest<InnovationDetails>;

public sealed record InnovationDetails
{
    public int Id { get; init; }
    public int Version { get; init; }
    public InnovationKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? ExpectedBenefit { get; init; }
    public InnovationStatus Status { get; init; }
    public DateTime SubmittedAt { get; init; }
    public int SubmittedByWorkerId { get; init; }
    public int EnterpriseId { get; init; }
    public string EnterpriseName { get; init; } = "";
    /// <summary>The lead author (the submitter) first.</summary>
    public IReadOnlyList<InnovationAuthorDto> Authors { get; init; } = [];
    public int? CampaignId { get; init; }
    public string? CampaignName { get; init; }
    public string? ParticipantName { get; init; }
    public long? AssessedBenefitFen { get; init; }
    public InnovationGrade? Grade { get; init; }
    public string? AssessmentNote { get; init; }
    public string? AssessedBy { get; init; }
    public DateOnly? AssessedOn { get; init; }
    /// <summary>What the reader may do now; the commands check again.</summary>
    public InnovationAbilities May { get; init; } = new(false, false, false);
}

public sealed record InnovationAuthorDto(int WorkerId, string FullName, bool IsLead);

/// <summary><see cref="ConflictOfInterest"/>: the reader could assess this enterprise's entries but is an author of this one.</summary>
public sealed record InnovationAbilities(bool Assess, bool Withdraw, bool ConflictOfInterest);

public sealed class GetInnovationHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetInnovationQuery, InnovationDetails>
{
    public async Task<InnovationDetails> Handle(GetInnovationQuery request, CancellationToken cancellationToken)
    {
        var e = await db.InnovationAsync(request.Id, tracked: false, cancellationToken);
        if (!user.MayRead(e)) throw new ForbiddenException("您无权查看这项创新成果。");
        var authorIds = e.Authors.Select(a => a.WorkerId).ToList();
        var names = await db.Workers.Where(w => authorIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);
        var enterprise = await db.Enterprises.Where(x => x.Id == e.EnterpriseId).Select(x => x.Name).SingleAsync(cancellationToken);
        var team = e.ParticipantId is { } participantId
            ? await db.CampaignParticipants.Where(p => p.Id == participantId)
                .Select(p => new { p.Name, Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Name).First() })
                .SingleAsync(cancellationToken)
            : null;
        var open = e.Status == InnovationStatus.Submitted;
        var assessor = user.MayAssessFor(e.EnterpriseId);
        var author = user.IsAuthorOf(e);

        return new InnovationDetails
        {
            Id = e.Id, Version = e.Version, Kind = e.Kind, Title = e.Title, Description = e.Description, ExpectedBenefit = e.ExpectedBenefit,
            Status = e.Status, SubmittedAt = e.SubmittedAt, SubmittedByWorkerId = e.SubmittedByWorkerId, EnterpriseId = e.EnterpriseId,
            EnterpriseName = enterprise,
            Authors = e.Authors.OrderByDescending(a => a.IsLead).ThenBy(a => names[a.WorkerId]).ThenBy(a => a.WorkerId)
                .Select(a => new InnovationAuthorDto(a.WorkerId, names[a.WorkerId], a.IsLead)).ToList(),
            CampaignId = e.CampaignId, CampaignName = team?.Campaign, ParticipantName = team?.Name,
            AssessedBenefitFen = e.AssessedBenefitFen, Grade = e.Grade, AssessmentNote = e.AssessmentNote, AssessedBy = e.AssessedBy,
            AssessedOn = e.AssessedOn,
            May = new InnovationAbilities(open && assessor && !author, open && user.WorkerId == e.SubmittedByWorkerId, open && assessor && author),
        };
    }
}
