namespace ReviewFunctions.Domain.Notices;

/// <summary>Who a notice is written for; it sets the tone and, for external bodies, that it is anonymised.</summary>
public enum NoticeAudience
{
    /// <summary>A national body or inspectorate (Ofsted, DfE, National Panel, CQC, Welsh Government…): always anonymised.</summary>
    ExternalBody,

    /// <summary>An agency of the partnership or one involved with the family, by secure e-mail.</summary>
    Agency,

    /// <summary>The child's family: a letter delivered by hand, by post or through a solicitor, never an automatic e-mail.</summary>
    Family,

    /// <summary>Staff who worked with the family, reached through their agency.</summary>
    Practitioner,

    /// <summary>The Board's own people: chair, business manager, panel, authors.</summary>
    Internal,
}
