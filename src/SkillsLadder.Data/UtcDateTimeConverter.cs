using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SkillsLadder.Data;

/// <summary>Stores instants as UTC and reads them back marked UTC on every provider.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
    fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
