using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

/// <summary>Records a skill-level certificate; by default it also raises the worker's level from the issue date.</summary>
public sealed record AddCertificateCommand : ICommand<int>
{
    public int WorkerId { get; init; }
    public string Number { get; init; } = "";
    public int SkillLevelId { get; init; }
    public int? OccupationId { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string Issuer { get; init; } = "";
    public bool RaisesLevel { get; init; } = true;
}

public sealed class AddCertificateValidator : AbstractValidator<AddCertificateCommand>
{
    public AddCertificateValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).Custom((number, context) =>
        {
            if (CertificateNumber.Check(number) is { } error) context.AddFailure(error);
        });
        RuleFor(c => c.SkillLevelId).GreaterThan(0).WithMessage("请选择证书等级。");
        RuleFor(c => c.IssuedOn).NotNull().WithMessage("请填写发证日期。")
            .Must(d => d <= clock.Today()).WithMessage("发证日期不能晚于今天。");
        RuleFor(c => c.Issuer).NotEmpty().WithMessage("请填写发证机构。")
            .MaximumLength(SkillCertificate.IssuerMaxLength).WithMessage($"发证机构最多 {SkillCertificate.IssuerMaxLength} 个字。");
    }
}

public sealed class AddCertificateHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<AddCertificateCommand, int>
{
    public async Task<int> Handle(AddCertificateCommand request, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.Include(w => w.LevelHistory).ThenInclude(c => c.SkillLevel)
            .SingleOrDefaultAsync(w => w.Id == request.WorkerId, cancellationToken)
            ?? throw new NotFoundException("Worker", request.WorkerId);
        user.EnsureCanEditWorkersOf(worker.EnterpriseId);
        var number = CertificateNumber.Normalise(request.Number);
        if (await db.SkillCertificates.AnyAsync(c => c.Number == number, cancellationToken))
            throw RequestValidationException.For(nameof(request.Number), "该证书编号已登记。");
        var level = await db.SkillLevels.SingleOrDefaultAsync(l => l.Id == request.SkillLevelId, cancellationToken)
            ?? throw RequestValidationException.For(nameof(request.SkillLevelId), "所选技能等级不存在。");
        var occupationId = request.OccupationId ?? worker.OccupationId;
        if (!await db.Occupations.AnyAsync(o => o.Id == occupationId, cancellationToken))
            throw RequestValidationException.For(nameof(request.OccupationId), "所选职业不存在。");

        var certificate = WorkerChecks.AsFieldErrors(() =>
            worker.AddCertificate(number, level, occupationId, request.IssuedOn!.Value, request.Issuer, request.RaisesLevel));
        await db.SaveChangesAsync(cancellationToken);
        // A new level can change the tier at once and, under a wage agreement, the pay grade from the agreement's date.
        if (request.RaisesLevel)
            await db.ReevaluateAsync([worker.Id], clock.Today(), $"取得{level.NameZh}证书", clock.GetUtcNow().UtcDateTime, cancellationToken);
        return certificate.Id;
    }
}
