using System.Text;
using System.Text.Json;
using TldToolkit.Orders;
using TldToolkit.Orders.Json;
using static TldToolkit.Tests.Shared.ChunkedInput;

namespace TldToolkit.Runtime.Tests.OrderJson;

/// <summary>The runtime's order-JSON reader: streaming, structured errors with line and column, never an exception for bad input.</summary>
public class OrderJsonReaderTests
{
    private const string Batch = """
        [
          { "id": "cart-1", "operation": "register", "domain": "fußball.de", "years": 2,
            "contacts": { "registrant": { "type": "organisation", "organization": "Bäckerei Müller 🥨", "street": "Hauptstraße 1", "postalCode": 10115, "country": "DE" } },
            "fields": { "agree": true, "number": 123456 } },
          // a comment between orders
          { "id": 2, "operation": "Renew", "domain": "maple-syrup.ca", "expiresOn": "2027-02-28", "nameservers": ["ns1.example.net", "ns2.example.net"] },
          { "operation": "transfer", "domain": "例え.jp", "authCode": "a1!", "registrarLock": true },
        ]
        """;

    private static List<ParsedOrder> ReadAll(OrderJsonReader reader)
    {
        var orders = new List<ParsedOrder>();
        while (reader.Read() is { } order) orders.Add(order);
        return orders;
    }

    private static async Task<List<ParsedOrder>> ReadAllAsync(OrderJsonReader reader)
    {
        var orders = new List<ParsedOrder>();
        while (await reader.ReadAsync() is { } order) orders.Add(order);
        return orders;
    }

    // What a test compares: every property of every order, and its problems.
    private static string Describe(IEnumerable<ParsedOrder> orders) => string.Join("\n", orders.Select(p =>
        $"{p.Id}|{p.Operation}|{p.Domain}|{(p.Order is { } o ? JsonSerializer.Serialize(o) : "-")}|{string.Join(";", p.Problems)}"));

    private static void AssertBatch(List<ParsedOrder> orders)
    {
        Assert.Equal(3, orders.Count);
        Assert.All(orders, o => Assert.True(o.IsWellFormed, string.Join("; ", o.Problems)));
        var first = orders[0].Order!;
        Assert.Equal("cart-1", orders[0].Id);
        Assert.Equal(DomainOperation.Register, first.Operation);
        Assert.Equal("fußball.de", first.Domain);
        Assert.Equal(2, first.Years);
        Assert.Equal(RegistrantType.Organization, first.Contacts.Registrant!.Type);
        Assert.Equal("Bäckerei Müller 🥨", first.Contacts.Registrant.Organization);
        Assert.Equal(["Hauptstraße 1"], first.Contacts.Registrant.Street);
        Assert.Equal("10115", first.Contacts.Registrant.PostalCode);
        Assert.Equal("true", first.Fields["agree"]);
        Assert.Equal("123456", first.Fields["number"]);
        Assert.Equal("2", orders[1].Id);
        Assert.Equal("renew", orders[1].Operation);
        Assert.Equal(new DateOnly(2027, 2, 28), orders[1].Order!.ExpiresOn);
        Assert.Equal(["ns1.example.net", "ns2.example.net"], orders[1].Order!.Nameservers);
        Assert.Equal("例え.jp", orders[2].Domain);
        Assert.True(orders[2].Order!.AddOns.RegistrarLock);
    }

    [Fact]
    public void A_batch_of_orders_reads_one_order_at_a_time_from_every_kind_of_input()
    {
        var bytes = Encoding.UTF8.GetBytes(Batch);
        using (var reader = new OrderJsonReader(new MemoryStream(bytes)))
        {
            AssertBatch(ReadAll(reader));
            Assert.Null(reader.Error);
            Assert.False(reader.IsSingleOrder);
            Assert.Equal(bytes.Length, reader.BytesConsumed);
        }
        using (var reader = new OrderJsonReader(Batch)) AssertBatch(ReadAll(reader));
        using (var reader = new OrderJsonReader(new System.Buffers.ReadOnlySequence<byte>(bytes))) AssertBatch(ReadAll(reader));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(4096)]
    public async Task Small_pieces_split_anywhere_even_inside_a_character_read_the_same(int chunk)
    {
        // "ß", "ü" (2 bytes), "例" (3 bytes) and "🥨" (4 bytes, a surrogate pair) fall across piece boundaries.
        var bytes = Encoding.UTF8.GetBytes(Batch);
        using var whole = new OrderJsonReader(Batch);
        var expected = Describe(ReadAll(whole));

        using (var reader = new OrderJsonReader(new Trickle(bytes, chunk), initialBufferSize: 16)) Assert.Equal(expected, Describe(ReadAll(reader)));
        using (var reader = new OrderJsonReader(new Trickle(bytes, chunk), initialBufferSize: 16)) Assert.Equal(expected, Describe(await ReadAllAsync(reader)));
        using (var reader = new OrderJsonReader(Segments(bytes, chunk), initialBufferSize: 16)) Assert.Equal(expected, Describe(ReadAll(reader)));
        using (var reader = new OrderJsonReader(Batch, initialBufferSize: 1)) Assert.Equal(expected, Describe(ReadAll(reader)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void One_order_object_is_one_order(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF  { \"operation\": \"register\", \"domain\": \"a.ca\" } // done\n");
        using var reader = new OrderJsonReader(new Trickle(bytes, chunk), initialBufferSize: 16);
        var order = Assert.Single(ReadAll(reader));
        Assert.True(order.IsWellFormed);
        Assert.Equal("a.ca", order.Order.Domain); // no '!': IsWellFormed tells the compiler
        Assert.True(reader.IsSingleOrder);
        Assert.Null(reader.Error);
    }

    [Theory]
    [InlineData("", OrderJsonErrorKind.Empty, 1, 1)]
    [InlineData("  \n\t ", OrderJsonErrorKind.Empty, 2, 3)]
    [InlineData("\"orders\"", OrderJsonErrorKind.NotOrders, 1, 1)]
    [InlineData("\n  42", OrderJsonErrorKind.NotOrders, 2, 3)]
    [InlineData("[{\"a\":1},\n {\"b\": }]", OrderJsonErrorKind.InvalidJson, 2, 8)]
    [InlineData("[{\"a\":1}, {\"b\":1", OrderJsonErrorKind.InvalidJson, 1, 17)]
    [InlineData("[{\"a\":1}", OrderJsonErrorKind.UnclosedArray, 1, 9)]
    [InlineData("{\"a\":1} {\"b\":2}", OrderJsonErrorKind.TrailingContent, 1, 9)]
    [InlineData("[]\n]", OrderJsonErrorKind.TrailingContent, 2, 1)]
    // Columns count characters, not bytes: "ü" is two bytes, "😀" four (two UTF-16 characters, as editors count).
    [InlineData("[{\"domain\":\"fußball.de\"},\n {\"ü\": x}]", OrderJsonErrorKind.InvalidJson, 2, 8)]
    [InlineData("{\"😀\": x}", OrderJsonErrorKind.InvalidJson, 1, 8)]
    [InlineData("\uFEFF{\"ä\": x}", OrderJsonErrorKind.InvalidJson, 1, 7)] // the byte order mark is no column
    public void Malformed_input_ends_with_a_definite_error_at_its_line_and_column(string text, OrderJsonErrorKind kind, long line, long column)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var chunk in new[] { 1, 2, 3, 1000 })
        {
            using var reader = new OrderJsonReader(new Trickle(bytes, chunk), initialBufferSize: 16);
            ReadAll(reader); // orders before the break are returned; none of these inputs reaches one after it
            var error = reader.Error;
            Assert.NotNull(error);
            Assert.True(error.Kind == kind && error.Line == line && error.Column == column, $"chunk {chunk}: {error.Kind} {error} (expected {kind} at {line}:{column})");
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.Null(reader.Read()); // and it stays ended
        }
    }

    [Fact]
    public void Orders_before_a_break_are_returned_and_the_break_is_after_them()
    {
        using var reader = new OrderJsonReader("[\n{\"operation\":\"register\",\"domain\":\"a.ca\"},\n{\"operation\":\"register\",\"domain\":\"b.ca\"},\n{\"operation\" \"renew\"}]");
        Assert.Equal(["a.ca", "b.ca"], ReadAll(reader).Select(o => o.Domain));
        Assert.Equal((OrderJsonErrorKind.InvalidJson, 4L, 14L), (reader.Error!.Kind, reader.Error.Line, reader.Error.Column));
    }

    [Fact]
    public void A_line_of_many_characters_before_the_break_is_counted_in_characters_across_refills()
    {
        // One long line, read a byte at a time through a small buffer: most of it has left the buffer when the break is found.
        var text = "\uFEFF[" + string.Join(",", Enumerable.Range(0, 200).Select(i => $"{{\"operation\":\"register\",\"domain\":\"bücher-🥨-{i}.de\"}}")) + ", x]";
        long expectedColumn = text.IndexOf(", x]", StringComparison.Ordinal) + 2; // 1-based column of 'x' without the BOM
        using var reader = new OrderJsonReader(new Trickle(Encoding.UTF8.GetBytes(text), 1), initialBufferSize: 16);
        Assert.Equal(200, ReadAll(reader).Count);
        Assert.Equal((1L, expectedColumn), (reader.Error!.Line, reader.Error.Column));
    }

    [Fact]
    public void An_order_with_several_problems_reports_each_at_its_path_and_the_next_order_is_still_read()
    {
        using var reader = new OrderJsonReader("""
            [
              { "operation": "buy", "domain": 5, "years": "two", "expiresOn": "tomorrow", "colour": "blue", "colour": "red",
                "contacts": { "owner": {}, "registrant": { "type": "robot", "street": [1] } }, "nameservers": "ns1.example.net" },
              { "operation": "register", "domain": "example.ca", "years": 1.5, "idProtection": "yes" },
              42,
              { "operation": "register", "domain": "example.ca" }
            ]
            """);
        var orders = ReadAll(reader);
        Assert.Null(reader.Error);
        Assert.Equal(4, orders.Count);

        Assert.Equal(
        [
            (OrderProblemCodes.ValueInvalid, "operation"), (OrderProblemCodes.ValueInvalid, "domain"), (OrderProblemCodes.ValueInvalid, "years"),
            (OrderProblemCodes.ValueInvalid, "expiresOn"), (OrderProblemCodes.PropertyUnknown, "colour"), (OrderProblemCodes.PropertyDuplicate, "colour"),
            (OrderProblemCodes.PropertyUnknown, "contacts.owner"), (OrderProblemCodes.ValueInvalid, "contacts.registrant.type"),
            (OrderProblemCodes.ValueInvalid, "contacts.registrant.street[0]"), (OrderProblemCodes.ValueInvalid, "nameservers"),
        ], orders[0].Problems.Select(p => (p.Code, p.Path)));
        Assert.Null(orders[0].Order); // neither operation nor domain could be read
        Assert.Equal("buy", orders[0].Operation);
        Assert.Contains("found the string \"two\"", orders[0].Problems[2].Detail);

        // Shape problems, but operation and domain are known: the rest of the order is there to validate.
        Assert.Equal([(OrderProblemCodes.ValueInvalid, "years"), (OrderProblemCodes.ValueInvalid, "idProtection")], orders[1].Problems.Select(p => (p.Code, p.Path)));
        Assert.False(orders[1].IsWellFormed);
        Assert.Equal("example.ca", orders[1].Order!.Domain);

        Assert.Equal((OrderProblemCodes.NotAnObject, ""), (orders[2].Problems.Single().Code, orders[2].Problems.Single().Path));
        Assert.True(orders[3].IsWellFormed);
    }

    [Fact]
    public void Text_that_is_not_valid_unicode_is_a_problem_of_its_order_not_an_exception()
    {
        // Invalid UTF-8 (0xFF) and a lone surrogate escape: System.Text.Json lets both through the syntax check.
        var bytes = "[{\"operation\":\"register\",\"domain\":\"a"u8.ToArray().Concat(new byte[] { 0xFF }).Concat(".ca\"},{\"operation\":\"register\",\"domain\":\"b\\ud800.ca\"},{\"operation\":\"register\",\"domain\":\"c.ca\"}]"u8.ToArray()).ToArray();
        using var reader = new OrderJsonReader(new MemoryStream(bytes));
        var orders = ReadAll(reader);
        Assert.Equal(3, orders.Count);
        Assert.Equal((OrderProblemCodes.ValueInvalid, "domain"), (orders[0].Problems.Single().Code, orders[0].Problems.Single().Path));
        Assert.Equal((OrderProblemCodes.ValueInvalid, "domain"), (orders[1].Problems.Single().Code, orders[1].Problems.Single().Path));
        Assert.True(orders[2].IsWellFormed);
    }

    [Fact]
    public void A_huge_batch_streams_through_a_buffer_the_size_of_one_order()
    {
        const int count = 50_000;
        var stream = new GeneratedArray(count, i => Encoding.UTF8.GetBytes($"{{\"id\":{i},\"operation\":\"register\",\"domain\":\"shop-{i}.de\",\"years\":1,\"nameservers\":[\"ns1.example.net\",\"ns2.example.net\"]}}"));
        using var reader = new OrderJsonReader(stream, initialBufferSize: 1024);
        int read = 0;
        while (reader.Read() is { } order)
        {
            Assert.True(order.IsWellFormed);
            Assert.Equal(read.ToString(System.Globalization.CultureInfo.InvariantCulture), order.Id);
            read++;
        }
        Assert.Null(reader.Error);
        Assert.Equal(count, read);
        Assert.True(reader.BytesConsumed > 100 * count, $"{reader.BytesConsumed} bytes");
        Assert.True(reader.BufferSize <= 1024, $"the buffer grew to {reader.BufferSize} bytes for orders of ~120"); // several MB read, never held
    }

    [Fact]
    public void One_huge_order_grows_the_buffer_and_reads_whole()
    {
        var big = new string('ü', 1_000_000);
        var text = "[{\"operation\":\"register\",\"domain\":\"a.de\",\"fields\":{\"note\":\"" + big + "\"}},{\"operation\":\"register\",\"domain\":\"b.de\"}]";
        using var reader = new OrderJsonReader(new Trickle(Encoding.UTF8.GetBytes(text), 65536), initialBufferSize: 1024);
        var orders = ReadAll(reader);
        Assert.Equal(big, orders[0].Order!.Fields["note"]);
        Assert.Equal("b.de", orders[1].Domain);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_broken_input_with_its_position()
    {
        var deep = "[{\"operation\":\"register\",\"domain\":\"a.ca\"},\n{\"fields\":" + new string('[', 100_000) + new string(']', 100_000) + "}]";
        using var reader = new OrderJsonReader(deep);
        Assert.Single(ReadAll(reader));
        Assert.Equal(OrderJsonErrorKind.InvalidJson, reader.Error!.Kind);
        Assert.Equal(2, reader.Error.Line);
        // The top-level array is level 1, the order 2, its arrays 3, 4, …: the 63rd '[' (from column 11) would be level 65.
        Assert.Equal(11 + 62, reader.Error.Column);
        Assert.Contains("depth", reader.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_element_can_be_kept_as_written_and_read_as_an_order_later()
    {
        using var reader = new OrderJsonReader("[{\"operation\":\"register\",\"domain\":\"a.ca\", \"extra\": [1, 2]}]");
        using var element = reader.ReadElement()!;
        Assert.Equal("{\"operation\":\"register\",\"domain\":\"a.ca\", \"extra\": [1, 2]}", element.RootElement.GetRawText());
        var order = OrderJsonReader.ReadOrder(element.RootElement);
        Assert.Equal((OrderProblemCodes.PropertyUnknown, "extra"), (order.Problems.Single().Code, order.Problems.Single().Path));
        Assert.Null(reader.ReadElement());
        Assert.Null(reader.Error);
    }

    [Fact]
    public void The_stream_is_closed_with_the_reader_unless_it_is_to_stay_open()
    {
        var closed = new Trickle("[]"u8.ToArray(), 10);
        using (var reader = new OrderJsonReader(closed)) ReadAll(reader);
        Assert.True(closed.Disposed);
        var open = new Trickle("[]"u8.ToArray(), 10);
        using (var reader = new OrderJsonReader(open, leaveOpen: true)) ReadAll(reader);
        Assert.False(open.Disposed);
    }
}
