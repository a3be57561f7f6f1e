using System.Security.Cryptography;

namespace SkillsLadder.Application.Common;

/// <summary>One-time passwords that meet the password rules and can be read aloud or copied from paper.</summary>
public static class PasswordGenerator
{
    /// <summary>12 characters without look-alikes (no 0/O, 1/l/I), always with a digit and a lower-case letter.</summary>
    public static string New()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz", digits = "23456789", all = letters + digits + "ABCDEFGHJKMNPQRSTUVWXYZ";
        var chars = Enumerable.Range(0, 10).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)]).ToList();
        chars.Add(letters[RandomNumberGenerator.GetInt32(letters.Length)]);
        chars.Add(digits[RandomNumberGenerator.GetInt32(digits.Length)]);
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }
}
