using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;
using TldToolkit.Commands;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>
/// Result types tell the compiler what is set when they succeeded, so callers need no <c>!</c>. This file compiles
/// only while the attributes are there (nullable warnings are errors); the reflection test names the one missing.
/// </summary>
public class NullStateTests
{
    [Fact]
    public void An_answered_transport_reply_has_a_response_without_a_null_check()
    {
        var reply = TransportReply.Answered(new RegistrarResponse(200, "Command completed successfully"));
        Assert.True(reply.IsAnswered);
        if (reply.IsAnswered) Assert.Equal(200, reply.Response.Code);

        Assert.False(TransportReply.NoReply("connection reset").IsAnswered);
        Assert.False(TransportReply.Garbage("<html>").IsAnswered);
    }

    [Fact]
    public void A_successful_build_has_its_command_without_a_null_check()
    {
        // Made by hand: validating a real order here would run the runtime's shared patterns while AllocationTests
        // measures them (a pattern recompiles in the background after its 16th match).
        var built = BuildResult.Success(new DomainCommand(DomainOperation.Register, "de", "example.de", "example.de", 1, null, null, [],
            ContactSet.Empty, new AddOns(), []));
        Assert.True(built.Succeeded);
        if (built.Succeeded) Assert.Equal("example.de", built.Command.DomainAscii);
        Assert.False(BuildResult.Failure(ValidationResult.From([new ValidationError(ErrorCodes.TldClosed, "domain")])).Succeeded);
    }

    [Theory]
    [InlineData(typeof(BuildResult), nameof(BuildResult.Succeeded), true, nameof(BuildResult.Command))]
    [InlineData(typeof(TransportReply), nameof(TransportReply.IsAnswered), true, nameof(TransportReply.Response))]
    [InlineData(typeof(ValidationResult), nameof(ValidationResult.IsValid), false, "_errors")]
    public void Success_properties_carry_MemberNotNullWhen(Type type, string property, bool when, string member)
    {
        var attribute = type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.GetCustomAttribute<MemberNotNullWhenAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(when, attribute.ReturnValue);
        Assert.Equal([member], attribute.Members);
    }
}
