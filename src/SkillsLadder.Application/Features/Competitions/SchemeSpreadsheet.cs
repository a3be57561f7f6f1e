using System.Globalization;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>
/// A marking scheme as a spreadsheet, one row per aspect (the way CIS marking schemes are written in Excel).
/// Component and criterion cells repeat on each row; the first row of a component gives its weight.
/// </summary>
public static class SchemeSpreadsheet
{
    public static readonly string[] Headers =
        ["模块", "模块类型", "模块权重", "标准编号", "标准名称", "评分项编号", "评分项描述", "类型", "满分", "步长", "汇总方式", "允许分差", "0分标准", "1分标准", "2分标准", "3分标准"];

    private static readonly Dictionary<string, ComponentKind> Kinds = new() { ["理论"] = ComponentKind.Theory, ["实操"] = ComponentKind.Practical, ["其他"] = ComponentKind.Other };
    private static readonly Dictionary<string, AspectKind> AspectKinds = new() { ["测量"] = AspectKind.Measurement, ["评判"] = AspectKind.Judgement };
    private static readonly Dictionary<string, AggregationRule> Rules = new() { ["平均"] = AggregationRule.Mean, ["去极值平均"] = AggregationRule.TrimmedMean, ["中位数"] = AggregationRule.Median };

    public static byte[] Write(SchemeDefinition scheme) => XlsxWriter.Write("评分方案", Headers,
        scheme.Components.SelectMany(c => c.Criteria.SelectMany(k => k.Aspects.Select(a => (IReadOnlyList<object?>)
        [
            c.Name, Kinds.Single(x => x.Value == c.Kind).Key, c.WeightPercent, k.Code, k.Name, a.Code, a.Description,
            AspectKinds.Single(x => x.Value == a.Kind).Key, a.Maximum.Value, a.Step.Value, Rules.Single(x => x.Value == a.Aggregation).Key,
            a.AllowedGap.Value, .. (a.Descriptors ?? ["", "", "", ""]),
        ]))));

    /// <summary>Reads the rows into the API's scheme input; every row's problems come back with its row number.</summary>
    public static SchemeInput Read(Table table)
    {
        var missing = Headers.Take(12).Where(h => !table.Headers.Contains(h)).ToList();
        if (missing.Count > 0) throw RequestValidationException.For("File", $"缺少列：{string.Join("、", missing)}。");
        var errors = new Dictionary<string, string[]>();
        var rows = new List<(TableRow Row, AspectInput Aspect)>();
        foreach (var row in table.Rows)
        {
            var problems = new List<string>();
            T Pick<T>(Dictionary<string, T> map, string column) where T : struct
            {
                if (map.TryGetValue(row.Get(column), out var value)) return value;
                problems.Add($"“{column}”应为 {string.Join("、", map.Keys)} 之一");
                return default;
            }
            decimal Number(string column)
            {
                if (decimal.TryParse(row.Get(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
                problems.Add($"“{column}”应为数字");
                return 0;
            }
            var kind = Pick(AspectKinds, "类型");
            var aspect = new AspectInput(row.Get("评分项编号"), row.Get("评分项描述"), kind, Number("满分"), Pick(Rules, "汇总方式"),
                Number("允许分差"), kind == AspectKind.Judgement ? 1 : Number("步长"),
                kind == AspectKind.Judgement ? [row.Get("0分标准"), row.Get("1分标准"), row.Get("2分标准"), row.Get("3分标准")] : null);
            Pick(Kinds, "模块类型");
            if (problems.Count > 0) errors[$"第 {row.Number} 行"] = [string.Join("；", problems) + "。"];
            rows.Add((row, aspect));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        if (rows.Count == 0) throw RequestValidationException.For("File", "文件中没有评分项。");
        var components = rows.GroupBy(r => r.Row.Get("模块")).Select(c =>
        {
            var first = c.First().Row;
            int.TryParse(first.Get("模块权重"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight);
            return new ComponentInput(c.Key, Kinds[first.Get("模块类型")], weight,
                c.GroupBy(r => (r.Row.Get("标准编号"), r.Row.Get("标准名称")))
                    .Select(k => new CriterionInput(k.Key.Item1, k.Key.Item2, k.Select(r => r.Aspect).ToList())).ToList());
        }).ToList();
        return new SchemeInput(components);
    }
}
