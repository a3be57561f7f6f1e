namespace SkillsLadder.Data.Cluster;

/// <summary>
/// The sign-in attempts one client address made in the current fixed window, shared by every app node through the
/// database (a per-node counter would let N nodes take N times the limit, and a load balancer spreads an attacker's
/// attempts over all of them). One row per address, reset when a new window starts.
/// </summary>
public sealed class SignInWindow
{
    public const int AddressMaxLength = 64;

    public string Address { get; set; } = "";
    public DateTime WindowStart { get; set; }
    public int Attempts { get; set; }
}
