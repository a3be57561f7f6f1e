using System.Globalization;
using FluentValidation;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>The catalogue form's fields, shared by create and edit. The bonus is typed in yuan and kept in fen.</summary>
public interface IHonourTypeFields
{
    string Name { get; }
    HonourLevel Level { get; }
    int? ValidityYears { get; }
    /// <summary>Yuan with at most two decimals ("20000", "1500.5", "99.99"); empty for no bonus.</summary>
    string? BonusYuan { get; }
    bool CountsTowardCraftsman { get; }
    bool NeedsSecondApproval { get; }
    int NoticeWorkingDays { get; }
    string? Description { get; }
}

/// <summary>Yuan ↔ fen without floating point: the text is split at the decimal point and read as integers.</summary>
public static class Yuan
{
    /// <summary>Up to ¥9,999,999,999.99, far beyond any bonus, and safely inside a long.</summary>
    public static bool TryParseFen(string? text, out long? fen)
    {
        fen = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Trim().Split('.');
        if (parts.Length > 2 || parts[0].Length is < 1 or > 10 || !parts[0].All(char.IsAsciiDigit)) return false;
        var decimals = parts.Length == 2 ? parts[1] : "";
        if (parts.Length == 2 && decimals.Length is < 1 or > 2 || !decimals.All(char.IsAsciiDigit)) return false;
        fen = long.Parse(parts[0], CultureInfo.InvariantCulture) * 100 + (decimals.Length == 0 ? 0 : int.Parse(decimals.PadRight(2, '0'), CultureInfo.InvariantCulture));
        return true;
    }

    public static string? Format(long? fen) => fen is { } f
        ? (f % 100 == 0 ? (f / 100).ToString(CultureInfo.InvariantCulture) : $"{f / 100}.{f % 100:D2}")
        : null;
}

public sealed class HonourTypeFieldsValidator : AbstractValidator<IHonourTypeFields>
{
    public HonourTypeFieldsValidator()
    {
        RuleFor(h => h.Name).NotEmpty().WithMessage("请填写荣誉名称。")
            .MaximumLength(HonourType.NameMaxLength).WithMessage($"荣誉名称最多 {HonourType.NameMaxLength} 个字。");
        RuleFor(h => h.Level).IsInEnum().WithMessage("请选择荣誉级别。");
        RuleFor(h => h.ValidityYears).InclusiveBetween(1, 50).When(h => h.ValidityYears is not null)
            .WithMessage("有效期应为 1–50 年，或留空表示长期有效。");
        RuleFor(h => h.BonusYuan).Must(b => Yuan.TryParseFen(b, out _))
            .WithMessage("奖金请以元为单位填写，最多两位小数，例如 20000 或 1500.50。");
        RuleFor(h => h.NoticeWorkingDays).InclusiveBetween(1, HonourType.MaxNoticeWorkingDays)
            .WithMessage($"公示期应为 1–{HonourType.MaxNoticeWorkingDays} 个工作日。");
        RuleFor(h => h.Description).MaximumLength(HonourType.DescriptionMaxLength)
            .WithMessage($"说明最多 {HonourType.DescriptionMaxLength} 个字。");
    }

    public static long? Fen(IHonourTypeFields fields) => Yuan.TryParseFen(fields.BonusYuan, out var fen) ? fen : null;
}
