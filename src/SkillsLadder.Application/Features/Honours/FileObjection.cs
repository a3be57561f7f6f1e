using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Anyone may object to a nomination on notice, in writing and under their real name with a valid national ID number
/// (DOMAIN.md §2). Early, late, anonymous and repeated objections are refused with the reason. The ID number is kept
/// for the duplicate rule and never shown back.
/// </summary>
public sealed record FileObjectionCommand : ICommand<int>
{
    public int NominationId { get; init; }
    public string Name { get; init; } = "";
    public string IdNumber { get; init; } = "";
    public string Contact { get; init; } = "";
    public string Text { get; init; } = "";
}

public sealed class FileObjectionValidator : AbstractValidator<FileObjectionCommand>
{
    public FileObjectionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("异议须署真实姓名，匿名异议不予受理。")
            .MaximumLength(Worker.NameMaxLength).WithMessage($"姓名最多 {Worker.NameMaxLength} 个字。");
        RuleFor(c => c.IdNumber).Must(NationalIdNumber.IsValid).WithMessage(c => NationalIdNumber.Check(c.IdNumber)!);
        RuleFor(c => c.Contact).NotEmpty().WithMessage("请填写联系电话或地址，以便告知处理结果。")
            .MaximumLength(Objection.ContactMaxLength).WithMessage($"联系方式最多 {Objection.ContactMaxLength} 个字。");
        RuleFor(c => c.Text).Must(t => t?.Trim().Length >= 10).WithMessage("请写明异议的事实和理由（至少 10 个字）。")
            .MaximumLength(Objection.TextMaxLength).WithMessage($"异议内容最多 {Objection.TextMaxLength} 个字。");
    }
}

public sealed class FileObjectionHandler(SkillsLadderDbContext db, TimeProvider clock) : MediatR.IRequestHandler<FileObjectionCommand, int>
{
    public async Task<int> Handle(FileObjectionCommand request, CancellationToken ct)
    {
        var nomination = await db.Nominations.Include(n => n.Objections).SingleOrDefaultAsync(n => n.Id == request.NominationId, ct)
            ?? throw new NotFoundException("Nomination", request.NominationId);
        Objection objection;
        try
        {
            objection = nomination.FileObjection(request.Name, request.IdNumber, request.Contact, request.Text, clock.Today(), clock.GetUtcNow().UtcDateTime);
        }
        catch (Domain.Common.DomainException ex) when (ex.Field is not null)
        {
            // The entity names its own fields (FiledByName …); the form's are the command's, so the message lands beside the input.
            throw RequestValidationException.For(ex.Field switch
            {
                nameof(Objection.FiledByName) => nameof(request.Name),
                nameof(Objection.FiledByIdNumber) => nameof(request.IdNumber),
                _ => ex.Field,
            }, ex.Message);
        }
        await db.SaveChangesAsync(ct);
        return objection.Id;
    }
}
