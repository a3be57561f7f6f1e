namespace SkillsLadder.DemoCity;

/// <summary>
/// The fixed vocabulary of the demo city (a Hangzhou look-alike). Industries use GB/T 4754-2017 division codes;
/// occupations use the "6-18-01-01" format of the 2022 national classification. A sector ties the two, so that
/// a restaurant mostly employs cooks and a machine shop mostly turners.
/// </summary>
internal static class CityCatalogue
{
    public sealed record IndustryEntry(string Code, string Name, string Sector, string[] NameWords);

    /// <param name="MalePercent">Share of men in the trade, so that names and ID numbers look like the trade's workforce.</param>
    public sealed record OccupationEntry(string Code, string Name, string Sector, int MalePercent);

    public sealed record District(string Name, string ShortName, string Region, string[] Streets);

    public static readonly IndustryEntry[] Industries =
    [
        new("C14", "食品制造业", "餐饮", ["食品", "食品科技"]), new("C17", "纺织业", "纺织", ["纺织", "丝绸", "化纤"]),
        new("C18", "纺织服装、服饰业", "纺织", ["服饰", "制衣"]), new("C26", "化学原料和化学制品制造业", "化工", ["化工", "新材料"]),
        new("C27", "医药制造业", "化工", ["制药", "生物医药"]), new("C29", "橡胶和塑料制品业", "化工", ["塑胶", "橡塑制品"]),
        new("C33", "金属制品业", "机械", ["五金", "金属制品", "钢结构"]), new("C34", "通用设备制造业", "机械", ["精密机械", "机械", "液压", "阀门"]),
        new("C35", "专用设备制造业", "机械", ["智能装备", "重工", "机电设备"]), new("C36", "汽车制造业", "汽车", ["汽车部件", "汽配", "车业"]),
        new("C38", "电气机械和器材制造业", "电气", ["电气", "电机", "电器"]), new("C39", "计算机、通信和其他电子设备制造业", "电子", ["电子", "微电子", "通信设备"]),
        new("D44", "电力、热力生产和供应业", "电气", ["热电", "能源", "电力"]), new("E47", "房屋建筑业", "建筑", ["建设", "建工", "建筑"]),
        new("E48", "土木工程建筑业", "建筑", ["路桥", "市政工程", "交通建设"]), new("E50", "建筑装饰、装修和其他建筑业", "建筑", ["装饰", "幕墙"]),
        new("G54", "道路运输业", "物流", ["运输", "公交"]), new("G59", "装卸搬运和仓储业", "物流", ["物流", "仓储", "供应链"]),
        new("H62", "餐饮业", "餐饮", ["餐饮", "酒楼", "餐饮管理"]), new("I65", "软件和信息技术服务业", "电子", ["信息技术", "网络科技", "数字科技"]),
        new("O79", "居民服务业", "家政", ["家政服务", "母婴护理"]), new("O80", "机动车、电子产品和日用产品修理业", "汽车", ["汽车维修", "汽车服务"]),
        new("Q85", "社会工作", "家政", ["养老服务", "颐养"]),
    ];

    public static readonly OccupationEntry[] Occupations =
    [
        new("6-18-01-01", "车工", "机械", 92), new("6-18-01-02", "铣工", "机械", 92), new("6-18-01-04", "磨工", "机械", 88),
        new("6-18-01-07", "数控车工", "机械", 88), new("6-18-02-04", "焊工", "机械", 95), new("6-18-04-01", "模具工", "机械", 90),
        new("6-20-01-01", "装配钳工", "机械", 90), new("6-31-01-02", "机修钳工", "机械", 95), new("6-30-99-00", "工业机器人系统操作员", "机械", 80),
        new("6-31-01-10", "工业机器人系统运维员", "机械", 85), new("4-12-01-01", "汽车维修工", "汽车", 95), new("6-22-02-01", "汽车装调工", "汽车", 88),
        new("6-31-01-03", "电工", "电气", 95), new("6-28-01-14", "变配电运行值班员", "电气", 85), new("6-28-01-13", "继电保护员", "电气", 85),
        new("6-25-04-01", "电子设备装接工", "电子", 45), new("4-04-04-02", "网络与信息安全管理员", "电子", 75), new("4-04-01-01", "信息通信网络运行管理员", "电子", 75),
        new("4-01-02-02", "电子商务师", "电子", 45), new("6-11-01-03", "化工总控工", "化工", 85), new("4-08-05-05", "化学检验员", "化工", 40),
        new("6-12-03-00", "药物制剂工", "化工", 50), new("6-05-01-01", "服装制版师", "纺织", 30), new("6-04-02-01", "织布工", "纺织", 20),
        new("6-29-01-01", "砌筑工", "建筑", 97), new("6-29-01-03", "混凝土工", "建筑", 97), new("6-29-01-04", "钢筋工", "建筑", 97),
        new("6-29-01-05", "架子工", "建筑", 98), new("6-29-02-05", "防水工", "建筑", 95), new("6-29-04-01", "装饰装修工", "建筑", 92),
        new("4-03-02-01", "中式烹调师", "餐饮", 80), new("4-03-02-02", "中式面点师", "餐饮", 45), new("4-03-02-04", "西式面点师", "餐饮", 40),
        new("4-03-02-07", "茶艺师", "餐饮", 15), new("4-10-01-02", "育婴员", "家政", 3), new("4-10-01-03", "保育师", "家政", 3),
        new("4-10-01-05", "养老护理员", "家政", 12), new("4-10-01-06", "家政服务员", "家政", 8), new("6-30-05-01", "起重装卸机械操作工", "物流", 95),
        new("4-02-06-01", "仓储管理员", "物流", 60), new("4-02-07-02", "快递员", "物流", 85),
    ];

    /// <summary>Hangzhou's districts, counties and county-level city, with their region codes (ID numbers, credit codes).</summary>
    public static readonly District[] Districts =
    [
        new("上城区", "上城", "330102", ["解放路", "庆春路", "秋涛路"]), new("拱墅区", "拱墅", "330105", ["莫干山路", "湖墅南路", "上塘路"]),
        new("西湖区", "西湖", "330106", ["文三路", "天目山路", "西溪路"]), new("滨江区", "滨江", "330108", ["江南大道", "滨盛路", "江虹路"]),
        new("萧山区", "萧山", "330109", ["市心路", "金城路", "通惠路"]), new("余杭区", "余杭", "330110", ["文一西路", "五常大道", "良睦路"]),
        new("富阳区", "富阳", "330111", ["金桥路", "恩波大道", "江滨西大道"]), new("临安区", "临安", "330112", ["钱王街", "衣锦街", "城中街"]),
        new("临平区", "临平", "330113", ["迎宾路", "世纪大道", "星光街"]), new("钱塘区", "钱塘", "330114", ["下沙路", "学林街", "文泽路"]),
        new("桐庐县", "桐庐", "330122", ["迎春南路", "白云源路", "学圣路"]), new("淳安县", "淳安", "330127", ["新安大街", "环湖北路"]),
        new("建德市", "建德", "330182", ["严州大道", "新安路", "洋安路"]),
    ];

    /// <summary>Characters that Chinese firms pick for their trade names (字号); two of them make one name.</summary>
    public const string TradeNameCharacters = "恒达华力新宇东方金盛中天瑞丰宏远博信联创海通正泰永兴浙汇钱江之天成嘉禾万鑫昌大德通鸿运精工三和立富春运河西溪祥安泰鼎升";

    public static readonly (string Form, int Weight)[] CompanyForms = [("有限公司", 70), ("股份有限公司", 18), ("集团有限公司", 12)];

    public static readonly string[] AssessmentBodies =
        ["杭州市职业技能鉴定指导中心", "浙江省职业技能鉴定中心", "杭州技师学院", "杭州第一技师学院", "浙江建设技师学院", "浙江省机电技师学院"];

    /// <summary>Share of workers on each rung, lowest first (the eight-level ladder); a ladder of another length is rescaled.</summary>
    public static readonly double[] LevelShares = [0.08, 0.22, 0.28, 0.22, 0.12, 0.06, 0.015, 0.005];

    /// <summary>
    /// Usual years before the next rung (DOMAIN.md §1 prerequisite defaults: L5 after a year, then 4, 5, 4, 4;
    /// the enterprise-appointed top rungs a few more). Only for believable dates, never a rule of the app.
    /// </summary>
    public static readonly int[] YearsToReach = [0, 1, 4, 5, 4, 4, 3, 3];
}
