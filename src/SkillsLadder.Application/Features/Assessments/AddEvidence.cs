using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// Attaches a file (inspection report, photo, rectification notice) to an assessment, starting a draft if nothing has
/// been entered yet. Type and size are checked by <see cref="AssessmentEvidence.CheckedType"/>: extension and first bytes.
/// </summary>
public sealed record AddEvidenceCommand : ICommand<EvidenceView>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public int ParticipantId { get; init; }
    public string FileName { get; init; } = "";
    public byte[] Content { get; init; } = [];
    public string? Note { get; init; }
}

public sealed class AddEvidenceValidator : AbstractValidator<AddEvidenceCommand>
{
    public AddEvidenceValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().WithMessage("请选择要上传的文件。").OverridePropertyName("File");
        RuleFor(c => c.Content).Must(c => c.Length <= AssessmentEvidence.MaxBytes)
            .WithMessage($"文件超过 {AssessmentEvidence.MaxBytes / 1024 / 1024} MB。").OverridePropertyName("File");
        RuleFor(c => c.Note).MaximumLength(AssessmentEvidence.NoteMaxLength).WithMessage($"说明最多 {AssessmentEvidence.NoteMaxLength} 个字。");
    }
}

public sealed class AddEvidenceHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddEvidenceCommand, EvidenceView>
{
    public async Task<EvidenceView> Handle(AddEvidenceCommand request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        target.EnsureOpenForEntry();
        // Checked before anything is written, so a refused file leaves no empty draft behind.
        AssessmentEvidence.CheckedType(request.FileName, request.Content);
        var assessment = await db.TrackedAssessmentAsync(target, cancellationToken);
        if (assessment is null)
        {
            assessment = db.NewAssessment(target);
            await db.SaveChangesAsync(cancellationToken); // the evidence row needs the assessment's id
        }
        if (assessment.Status == AssessmentStatus.Locked) throw new DomainException("assessment.locked", "考核已锁定，不能再添加佐证材料。");
        var (by, at) = (user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        var evidence = new AssessmentEvidence(assessment.Id, request.FileName, request.Content, request.Note, by, at);
        db.AssessmentEvidence.Add(evidence);
        assessment.NoteEvidence(true, evidence.FileName, by, at);
        await db.SaveChangesAsync(cancellationToken);
        return new EvidenceView(evidence.Id, evidence.FileName, evidence.ContentType, evidence.SizeBytes, evidence.Note, by, at);
    }
}
