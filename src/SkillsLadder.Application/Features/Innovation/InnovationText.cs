using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// Names of innovation kinds, statuses and grades in both languages. Pages show the Chinese name through the language
/// table (the Chinese name is the key); the worker's timeline carries both, like its other entries.
/// </summary>
public static class InnovationText
{
    public static (string Zh, string En) Kind(InnovationKind kind) => kind switch
    {
        InnovationKind.SmallInvention => ("小发明", "small invention"),
        InnovationKind.SmallCreation => ("小创造", "small creation"),
        InnovationKind.SmallInnovation => ("小革新", "small innovation"),
        InnovationKind.SmallDesign => ("小设计", "small design"),
        InnovationKind.SmallSuggestion => ("小建议", "small suggestion"),
        InnovationKind.RationalisationProposal => ("合理化建议", "rationalisation proposal"),
        _ => (kind.ToString(), kind.ToString()),
    };

    public static (string Zh, string En) Status(InnovationStatus status) => status switch
    {
        InnovationStatus.Submitted => ("待评定", "awaiting assessment"),
        InnovationStatus.Accepted => ("已采纳", "accepted"),
        InnovationStatus.NotAdopted => ("未采纳", "not adopted"),
        InnovationStatus.Withdrawn => ("已撤回", "withdrawn"),
        _ => (status.ToString(), status.ToString()),
    };

    public static (string Zh, string En) Grade(InnovationGrade grade) => grade switch
    {
        InnovationGrade.First => ("一等", "first grade"),
        InnovationGrade.Second => ("二等", "second grade"),
        InnovationGrade.Third => ("三等", "third grade"),
        InnovationGrade.Encouragement => ("鼓励奖", "encouragement award"),
        _ => (grade.ToString(), grade.ToString()),
    };
}
