namespace TldToolkit.Client.Tests.Documented;

/// <summary>
/// Replies transcribed from the HEXONET API documentation (github.com/centralnicgroup-public/hexonet-api-documentation,
/// commit d4a2d31), each naming its file: the "Example → Response" block, or, where a file documents a reply
/// only in its RESPONSE table or NOTE, the reply that table or note describes (marked "from the table" / "from the note").
/// These, not the sandbox's phrasing, are what the client is tested against.
/// </summary>
internal static class DocumentedReplies
{
    /// <summary>API/DOMAIN/ADDDOMAIN.md, Example.</summary>
    public const string AddDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[ACCOUNTINGDATE][0] = 2018-11-15 11:35:15
        PROPERTY[FAILUREDATE][0] = 2019-01-03 11:35:15
        PROPERTY[FINALIZATIONDATE][0] = 2018-11-21 11:35:15
        PROPERTY[PAIDUNTILDATE][0] = 2018-11-20 11:35:15
        PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2018-11-20 11:35:15
        PROPERTY[STATUS][0] = ACTIVE
        EOF
        """;

    /// <summary>API/DOMAIN/ADDDOMAIN.md, from the note ("the response might include PENDING = 1") and NOTES (STATUS REQUESTEDCREATE), otherwise the Example.</summary>
    public const string AddDomainPending = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PENDING = 1
        PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2018-11-20 11:35:15
        PROPERTY[STATUS][0] = REQUESTEDCREATE
        EOF
        """;

    /// <summary>API/DOMAIN/ADDDOMAIN.md, from the note alone: PENDING = 1 with the example's properties (STATUS ACTIVE).</summary>
    public const string AddDomainPendingActive = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PENDING = 1
        PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2018-11-20 11:35:15
        PROPERTY[STATUS][0] = ACTIVE
        EOF
        """;

    /// <summary>API/DOMAIN/CONTACT/ADDCONTACT.md, Example.</summary>
    public const string AddContact = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[CONTACT][0] = P-TCN1378880
        PROPERTY[NEW][0] = 1
        PROPERTY[STATUS][0] = ACTIVE
        EOF
        """;

    /// <summary>API/DOMAIN/TRANSFERDOMAIN.md, Example.</summary>
    public const string TransferDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully; domain transfer initiated
        PENDING = 1
        EOF
        """;

    /// <summary>API/DOMAIN/RESTOREDOMAIN.md, Example.</summary>
    public const string RestoreDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PENDING = 1
        EOF
        """;

    /// <summary>API/DOMAIN/DELETEDOMAIN.md, Example.</summary>
    public const string DeleteDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully; action pending
        PENDING = 1
        PROPERTY[STATUS][0] = PENDINGDELETE
        EOF
        """;

    /// <summary>API/DOMAIN/TRADEDOMAIN.md, Example.</summary>
    public const string TradeDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully; realtime domain trade succeeded
        EOF
        """;

    /// <summary>API/DOMAIN/RENEWDOMAIN.md, Example.</summary>
    public const string RenewDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[DOMAIN][0] = hexonet-domain.com
        PROPERTY[EXPIRATIONDATE][0] = 2018-09-26 14:53:20
        PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2018-09-26 14:53:20
        EOF
        """;

    /// <summary>API/DOMAIN/PAYDOMAINRENEWAL.md, Example.</summary>
    public const string PayDomainRenewal = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = OK
        PROPERTY[EXPIRATIONDATE][0] = 2018-09-26 14:53:20
        EOF
        """;

    /// <summary>API/DOMAIN/STATUSDOMAIN.md, Example (all properties but the X-REGISTRANT-VERIFICATION and X-WDRP / X-WHOIS ones).</summary>
    public const string StatusDomain = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[ACCOUNTINGDATE][0] = 2018-09-21 14:53:20
        PROPERTY[ACCOUNTINGPERIOD][0] = -5d
        PROPERTY[ADMINCONTACT][0] = P-TUE1378025
        PROPERTY[AUTH][0] = *OkHRSf/3-xs
        PROPERTY[BILLINGCONTACT][0] = P-TUE1378025
        PROPERTY[CLASS][0] = DOMAIN
        PROPERTY[CREATEDBY][0] = SYSTEM
        PROPERTY[CREATEDDATE][0] = 2016-09-26 14:53:20
        PROPERTY[DELETIONHOLDPERIOD][0] = 5d
        PROPERTY[DELETIONRESTORABLEPERIOD][0] = 30d
        PROPERTY[DESCRIPTION][0] = hexonet-domain.com
        PROPERTY[DOMAINUMLAUT][0] = hexonet-domain.com
        PROPERTY[EXPIRATIONDATE][0] = 2017-09-26 14:53:20
        PROPERTY[FAILUREDATE][0] = 2018-11-09 14:53:20
        PROPERTY[FAILUREPERIOD][0] = 44d
        PROPERTY[FINALIZATIONDATE][0] = 2017-09-27 14:53:20
        PROPERTY[FINALIZATIONPERIOD][0] = 1d
        PROPERTY[HOSTTYPE][0] = OBJECT
        PROPERTY[ID][0] = hexonet-domain.com
        PROPERTY[INTERNALNAMESERVER][0] = ns1.hexonet.net 194.50.187.20
        PROPERTY[NAMESERVER][0] = ns1.hexonet.net
        PROPERTY[NAMESERVER][1] = ns2.hexonet.net
        PROPERTY[NEXTACTION][0] = finalize
        PROPERTY[NEXTACTIONDATE][0] = 2017-09-27 14:53:20
        PROPERTY[OWNERCONTACT][0] = P-TUE1378025
        PROPERTY[PAIDUNTILDATE][0] = 2018-09-26 14:53:20
        PROPERTY[PEERUSER][0] =
        PROPERTY[PREPAIDPERIOD][0] = 1Y
        PROPERTY[REGISTRAR][0] = SYSTEM
        PROPERTY[REGISTRARTRANSFERDATE][0] = 0000-00-00 00:00:00
        PROPERTY[REGISTRARUPDATEDDATE][0] = 2016-09-26 14:53:20
        PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2017-09-26 14:53:20
        PROPERTY[REGISTRATIONGRACEPERIOD][0] = 0
        PROPERTY[RENEWALMODE][0] = AUTORENEW
        PROPERTY[REPOSITORY][0] = COM-OTE-1API1
        PROPERTY[ROID][0] = 101827933_DOMAIN_COM-VRSN
        PROPERTY[STATUS][0] = ACTIVE
        PROPERTY[SUBCLASS][0] = COM
        PROPERTY[TECHCONTACT][0] = P-TUE1378025
        PROPERTY[TRANSFERDATE][0] = 0000-00-00 00:00:00
        PROPERTY[TRANSFERLOCK][0] = 0
        PROPERTY[UPDATEDBY][0] = SYSTEM
        PROPERTY[UPDATEDDATE][0] = 2016-09-26 14:53:20
        PROPERTY[USER][0] = test.user
        PROPERTY[X-ACCEPT-WHOISTRUSTEE-TAC][0] = 0
        EOF
        """;

    /// <summary>API/DOMAIN/TRANSFER/STATUSDOMAINTRANSFER.md, Example.</summary>
    public const string StatusDomainTransfer = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[CREATEDDATE][0] = 2017-03-27 12:22:04
        PROPERTY[REPOSITORY][0] = COM-OTE-1API1
        PROPERTY[TRANSFERLOG][0] = 2017-03-27 12:22:04 [INITIATED] domain transfer initiated
        PROPERTY[TRANSFERSTATUS][0] = INITIATED
        PROPERTY[TRANSFERTYPE][0] = INCOMING
        PROPERTY[UPDATEDDATE][0] = 2017-03-27 12:22:04
        EOF
        """;

    /// <summary>API/USER/ACCOUNT/STATUSACCOUNT.md, Example.</summary>
    public const string StatusAccount = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[AMOUNT][0] = 217458.12
        PROPERTY[CREDIT][0] = 1000000.00
        PROPERTY[CURRENCY][0] = EUR
        PROPERTY[DEPOSIT][0] = 1658.90
        PROPERTY[VAT][0] = 19.00
        EOF
        """;

    /// <summary>API/DOMAIN/CHECKDOMAINS.md, Example.</summary>
    public const string CheckDomains = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[CLASS][0] = PREMIUM_DONUTS_Price Category A
        PROPERTY[CLASS][1] =
        PROPERTY[CURRENCY][0] = USD
        PROPERTY[CURRENCY][1] =
        PROPERTY[DOMAINCHECK][0] = 211 Premium Domain name available [PREMIUM]
        PROPERTY[DOMAINCHECK][1] = 210 Available
        PROPERTY[DOMAINCHECKTIME][0] = 0.173
        PROPERTY[DOMAINCHECKTIME][1] = 0.173
        PROPERTY[PREMIUMCHANNEL][0] = DONUTS
        PROPERTY[PREMIUMCHANNEL][1] =
        PROPERTY[PRICE][0] = 999.99
        PROPERTY[PRICE][1] =
        PROPERTY[REASON][0] = Premium Domain Name
        PROPERTY[REASON][1] =
        EOF
        """;

    /// <summary>API/DOMAIN/CONTACT/QUERYCONTACTLIST.md, Example (its columns, two rows).</summary>
    public const string QueryContactList = """
        [RESPONSE]
        CODE = 200
        DESCRIPTION = Command completed successfully
        PROPERTY[FIRST][0] = 0
        PROPERTY[LAST][0] = 1
        PROPERTY[COUNT][0] = 2
        PROPERTY[TOTAL][0] = 2
        PROPERTY[LIMIT][0] = 2
        PROPERTY[CONTACT][0] = P-TCN1378880
        PROPERTY[CONTACT][1] = P-TCN1378881
        PROPERTY[CONTACTCITY][0] = Samplecity
        PROPERTY[CONTACTCITY][1] = Samplecity
        PROPERTY[CONTACTCOUNTRY][0] = DE
        PROPERTY[CONTACTCOUNTRY][1] = DE
        PROPERTY[CONTACTEMAIL][0] = test@example.com
        PROPERTY[CONTACTEMAIL][1] = test@example.com
        PROPERTY[CONTACTFIRSTNAME][0] = Test
        PROPERTY[CONTACTFIRSTNAME][1] = Test2
        PROPERTY[CONTACTLASTNAME][0] = Contact
        PROPERTY[CONTACTLASTNAME][1] = Contact
        PROPERTY[CONTACTORGANIZATION][0] =
        PROPERTY[CONTACTORGANIZATION][1] =
        PROPERTY[CONTACTSTATUS][0] = ACTIVE
        PROPERTY[CONTACTSTATUS][1] = ACTIVE
        EOF
        """;

    /// <summary>An error reply: CODE and DESCRIPTION only, as every RESPONSE table lists them.</summary>
    public static string Error(int code, string description) => $"[RESPONSE]\nCODE = {code}\nDESCRIPTION = {description}\nEOF\n";
}
