using System.Diagnostics.CodeAnalysis;

// Public API rules that the design breaks on purpose (the rest of PublicApiAnalyzers holds everywhere).

// The request bases are public and inheritable so that generated builders (CaRegisterRequest) derive from them;
// their own base, DomainRequest, stays closed to other assemblies (private protected constructor).
[assembly: SuppressMessage("ApiDesign", "RS0022:Constructor make noninheritable base class inheritable",
    Justification = "Generated request builders derive from these bases.", Scope = "namespaceanddescendants", Target = "~N:TldToolkit.Requests")]

// Message("de") and Message(CultureInfo) were both shipped like this; reordering them would break callers.
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Justification = "Shipped overloads.", Scope = "member", Target = "~M:TldToolkit.Validation.ValidationError.Message(System.String)~System.String")]

// The reader's constructors differ in their input (stream, byte sequence, string); each takes the same optional
// starting buffer size, which tests and callers with small inputs set by name.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "One optional, named parameter on each input kind.", Scope = "type", Target = "~T:TldToolkit.Orders.Json.OrderJsonReader")]
