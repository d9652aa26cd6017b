using System.Globalization;

namespace TldToolkit.Sandbox.Protocol;

/// <summary>
/// Every reply the sandbox sends, worded as the HEXONET API documentation words it
/// (<c>API/DOMAIN/*.md</c>, "RESPONSE" tables: the code's description, then "; " and the detail).
/// The one place for the sandbox's codes and wording.
/// </summary>
internal static class Replies
{
    public const string Completed = "Command completed successfully";

    public static SandboxReply Ok(params (string Name, string Value)[] properties) =>
        new(200, Completed, properties.Select(p => Prop(p.Name, p.Value)).ToList());

    public static SandboxReply Ok(string detail, params (string Name, string Value)[] properties) =>
        new(200, Completed + "; " + detail, properties.Select(p => Prop(p.Name, p.Value)).ToList());

    /// <summary>A success that the registry still has to confirm: the documented top-level <c>PENDING = 1</c>.</summary>
    public static SandboxReply Pending(string detail, params (string Name, string Value)[] properties) =>
        Ok(detail, properties) with { Pending = true };

    public static KeyValuePair<string, IReadOnlyList<string>> Prop(string name, params string[] values) => new(name, values);

    // CheckDomain(s): the availability answers (CHECKDOMAIN.md).
    public static readonly SandboxReply Available = new(210, "Domain name available");
    public static readonly SandboxReply NotAvailable = new(211, "Domain name not available");

    // 4xx: not executed, the client may try again.
    public static readonly SandboxReply TryAgain = new(421, "Command failed due to server error. Client should try again");

    // 5xx: refused.
    public static SandboxReply InvalidCommand(string name) => new(500, "Invalid command name; " + name);
    public static SandboxReply InvalidAttributeName(string name) => new(503, "Invalid attribute name; " + name);
    public static SandboxReply Missing(string attribute) => new(504, "Missing required attribute; " + attribute);
    public static SandboxReply InvalidSyntax(string attribute) => new(505, "Invalid attribute value syntax; " + attribute);
    public static SandboxReply InvalidOption(string attribute) => new(506, "Invalid option value; " + attribute);
    public static SandboxReply InvalidFormat(string detail) => new(507, "Invalid command format; " + detail);
    public static SandboxReply NotSupportedForClass(string detail) => new(510, "Command not supported for this class; " + detail);
    public static readonly SandboxReply AuthenticationFailed = new(530, "Authentication failed");
    public static readonly SandboxReply SessionNotFound = new(530, "Authentication failed; SESSION NOT FOUND");
    public static readonly SandboxReply WrongAuth = new(531, "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY WRONG AUTH");
    public static readonly SandboxReply NotFlaggedForTransfer = new(534, "Object has not been flagged for transfer");
    public static readonly SandboxReply AlreadyFlaggedForTransfer = new(536, "Object already flagged for transfer");
    public static readonly SandboxReply AlreadyInAccount = new(540, "Attribute value is not unique; DOMAIN is already assigned to your account");
    public static SandboxReply InvalidValue(string attribute) => new(541, "Invalid attribute value; " + attribute);
    public static SandboxReply InvalidValue(string attribute, string detail) => new(541, $"Invalid attribute value; {attribute} ({detail})");
    public static SandboxReply NotFound(string? what = null) => new(545, "Object not found" + (what is null ? "" : "; " + what));
    public static readonly SandboxReply CreditLimitExceeded = new(546, "Credit limit exceeded");
    public static SandboxReply Failed(string detail) => new(549, "Command failed; " + detail);
    public static readonly SandboxReply TldNotSupported = Failed("TLD not supported");
    public static SandboxReply StatusProhibits(string detail) => new(552, "Object status does not allow for operation; " + detail);
    public static readonly SandboxReply PendingTransfer = new(553, "Operation not allowed. Object pending transfer");
    public static readonly SandboxReply AlreadyRegistered = new(554, "Object already registered");
    public static readonly SandboxReply AlreadyRenewed = new(555, "Object already renewed");

    /// <summary>The documented DATETIME form, <c>YYYY-MM-DD HH:MM:SS</c> (UTC).</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A date the account has never seen (StatusDomain's TRANSFERDATE of a domain never transferred).</summary>
    public const string NoDate = "0000-00-00 00:00:00";

    public static string Flag(bool value) => value ? "1" : "0";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
