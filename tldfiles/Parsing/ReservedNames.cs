using System;
using System.Collections.Generic;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// Names the generated code takes itself, so TLD data may not produce them: the one list the reader
/// (field properties), <see cref="Names.ClassName"/> (TLD classes) and the cross-file checks consult.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The property a field named "idnLanguage" becomes; the register request sets it from the IDN rules, so it must be text.</summary>
    public const string IdnLanguageProperty = "IdnLanguage";

    // Instance members of every object: no generated member may hide them.
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// Members every request builder has, and the request class names &lt;Class&gt;&lt;Operation&gt;Request that an
    /// enum &lt;Class&gt;&lt;Field&gt; would repeat: a field's property may not take these names.
    /// </summary>
    public static readonly HashSet<string> RequestMembers = Set(ObjectMembers,
        "Domain", "Years", "Contacts", "Nameservers", "AddOns", "AuthCode", "ExpiresOn",
        "ToOrder", "Validate", "Build", "Definition", "WriteFields",
        "RegisterRequest", "TransferRequest", "RenewRequest", "OwnerChangeRequest");

    /// <summary>Members of the generated Tlds class (object's, with its static ReferenceEquals): a TLD's property there may not hide them.</summary>
    public static readonly HashSet<string> TldsMembers = Set(ObjectMembers, "Catalog", "ReferenceEquals");

    /// <summary>Types the generated catalog and profile templates declare themselves; a TLD class may not take them.</summary>
    public static readonly HashSet<string> CatalogTypes = Set(Array.Empty<string>(), "Tlds", "Catalog", "TldProfileTemplates");

    private static HashSet<string> Set(string[] inherited, params string[] own)
    {
        var set = new HashSet<string>(inherited, StringComparer.Ordinal);
        set.UnionWith(own);
        return set;
    }
}
