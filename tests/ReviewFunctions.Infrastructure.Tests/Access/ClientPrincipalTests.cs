using System.Text;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;

namespace ReviewFunctions.Infrastructure.Tests.Access;

public sealed class ClientPrincipalTests
{
    private const string RoleType = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
    private const string NameType = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";

    [Fact]
    public void A_person_signed_in_through_Entra_ID_is_read_with_their_roles()
    {
        var header = Encode($$"""
            {"auth_typ":"aad","name_typ":"{{NameType}}","role_typ":"{{RoleType}}","claims":[
              {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"7f1c0b9e-1111-2222-3333-444455556666"},
              {"typ":"{{NameType}}","val":"Helen Marsh"},
              {"typ":"upn","val":"helen.upn@westbridge-scp.example"},
              {"typ":"preferred_username","val":"chair@westbridge-scp.example"},
              {"typ":"{{RoleType}}","val":"Board.Chair"},
              {"typ":"{{RoleType}}","val":"Audit.Read"},
              {"typ":"groups","val":"Board.Admin"}]}
            """);

        var (caller, problem) = ClientPrincipal.Read(header);

        Assert.Null(problem);
        Assert.Equal(("7f1c0b9e-1111-2222-3333-444455556666", "Helen Marsh", "chair@westbridge-scp.example"), (caller!.ObjectId, caller.Name, caller.Email));
        Assert.Equal(["Audit.Read", "Board.Chair"], caller.Roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("email", "e@x.example")]
    [InlineData("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "e@x.example")]
    [InlineData("upn", "e@x.example")]
    public void The_email_falls_back_from_preferred_username_to_email_to_upn(string type, string value)
    {
        var (caller, _) = ClientPrincipal.Read(Encode($$"""{"claims":[{"typ":"oid","val":"1"},{"typ":"{{type}}","val":"{{value}}"}]}"""));

        Assert.Equal(value, caller!.Email);
    }

    [Fact]
    public void An_application_signed_in_with_its_own_token_is_named_by_its_id_and_holds_its_app_role()
    {
        var (caller, _) = ClientPrincipal.Read(Encode("""{"auth_typ":"aad","claims":[{"typ":"azp","val":"app-1234"},{"typ":"roles","val":"Intake.Submit"}]}"""));

        Assert.Equal(("app-1234", "app-1234", null), (caller!.ObjectId, caller.Name, caller.Email));
        Assert.True(caller.Has(BoardRoles.IntakeSubmitter));
        Assert.Equal("app-1234", caller.Identity);
    }

    [Fact]
    public void What_the_local_host_encodes_reads_back_the_same()
    {
        var person = new Caller("oid-1", "Priya Shah", "business-manager@westbridge-scp.example", new HashSet<string> { BoardRoles.Manager, BoardRoles.Auditor });

        var (caller, _) = ClientPrincipal.Read(ClientPrincipal.Encode(person));

        Assert.Equal((person.ObjectId, person.Name, person.Email), (caller!.ObjectId, caller.Name, caller.Email));
        Assert.Equal(person.Roles.Order(StringComparer.Ordinal), caller.Roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("not base64!", "is not base64-encoded JSON")]
    [InlineData("bm90IGpzb24=", "is not base64-encoded JSON")]
    [InlineData("eyJhdXRoX3R5cCI6ImFhZCJ9", "has no claims")]
    [InlineData("eyJjbGFpbXMiOlt7InR5cCI6Im5hbWUiLCJ2YWwiOiJYIn1dfQ==", "names nobody: it has no object id")]
    public void A_header_that_cannot_be_read_is_refused_without_being_echoed(string header, string problem)
    {
        var (caller, said) = ClientPrincipal.Read(header);

        Assert.Null(caller);
        Assert.Contains(problem, said, StringComparison.Ordinal);
        Assert.DoesNotContain(header, said, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_header_is_nobody_and_an_oversized_one_is_refused_before_decoding()
    {
        Assert.Equal((null, null), ClientPrincipal.Read(null));
        Assert.Equal((null, null), ClientPrincipal.Read("  "));
        Assert.Contains("longer than 16 KB", ClientPrincipal.Read(new string('A', ClientPrincipal.MaxHeaderLength + 4)).Problem, StringComparison.Ordinal);
    }

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
