using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>
/// eng/FunctionsWorkerDeclarations declares exactly what ReviewFunctions uses of the Functions API:
/// every public type, method and property in it must be used by the ReviewFunctions assembly or by
/// this test assembly's doubles of the real abstract shapes (the orchestration context a test double
/// must override in full). Compared by full name, so the check reads the same in either mode.
/// Constructors are left out of the check (a class needs one), and so are enum values (an enum is
/// declared whole) and the members a compiler writes for every record.
/// </summary>
public sealed class FunctionsWorkerDeclarationsTests
{
    private static readonly string DeclarationsPath = Path.Combine(AppContext.BaseDirectory, "FunctionsWorkerDeclarations.dll");

    [Fact]
    public void Every_declared_public_type_is_used_by_ReviewFunctions()
    {
        var declared = PublicSurface(DeclarationsPath).Types;
        var used = UsedByProductAndDoubles().Types;

        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(used).Order());
    }

    [Fact]
    public void Every_declared_public_method_and_property_is_used_by_ReviewFunctions()
    {
        var declared = PublicSurface(DeclarationsPath).Members;
        var used = UsedByProductAndDoubles().Members;

        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(used).Order());
    }

    [Fact]
    public void In_the_offline_mode_ReviewFunctions_compiles_against_the_declarations_and_in_the_real_mode_never()
    {
        var references = BuildUnderTest.FunctionsAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        if (BuildUnderTest.IsReal)
        {
            Assert.DoesNotContain("FunctionsWorkerDeclarations", references);
        }
        else
        {
            Assert.Contains("FunctionsWorkerDeclarations", references);
        }
    }

    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "op_Equality", "op_Inequality", "<Clone>$", "Deconstruct",
    };

    private sealed record Surface(HashSet<string> Types, HashSet<string> Members);

    private static Surface UsedByProductAndDoubles()
    {
        var product = UsedBy(BuildUnderTest.FunctionsAssembly);
        var doubles = UsedBy(typeof(FunctionsWorkerDeclarationsTests).Assembly);
        product.Types.UnionWith(doubles.Types);
        product.Members.UnionWith(doubles.Members);
        return product;
    }

    /// <summary>Public types ("Ns.Type") and their public methods and properties ("Ns.Type::Name").</summary>
    private static Surface PublicSurface(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);

        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public)
            {
                continue;
            }

            var typeName = $"{md.GetString(type.Namespace)}.{md.GetString(type.Name)}";
            types.Add(typeName);

            var accessors = new HashSet<MethodDefinitionHandle>();
            foreach (var propertyHandle in type.GetProperties())
            {
                var property = md.GetPropertyDefinition(propertyHandle);
                var methods = property.GetAccessors();
                if (new[] { methods.Getter, methods.Setter }.Any(m => !m.IsNil && IsVisible(md.GetMethodDefinition(m)))
                    && !(IsRecord(md, type) && RecordMembers.Contains(md.GetString(property.Name))))
                {
                    members.Add($"{typeName}::{md.GetString(property.Name)}");
                }

                accessors.Add(methods.Getter);
                accessors.Add(methods.Setter);
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                var name = md.GetString(method.Name);
                if (IsVisible(method) && !accessors.Contains(methodHandle) && name is not (".ctor" or ".cctor") && !(IsRecord(md, type) && RecordMembers.Contains(name)))
                {
                    members.Add($"{typeName}::{name}");
                }
            }
        }

        return new Surface(types, members);
    }

    /// <summary>Types and members the assembly refers to (its TypeRefs and MemberRefs), plus
    /// properties it sets as named attribute arguments (those are stored by name, not as MemberRefs).</summary>
    private static Surface UsedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);

        foreach (var handle in md.TypeReferences)
        {
            types.Add(NameOf(md, handle));
        }

        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                var name = md.GetString(member.Name);
                var typeName = NameOf(md, (TypeReferenceHandle)member.Parent);
                members.Add($"{typeName}::{name}");
                if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
                {
                    members.Add($"{typeName}::{name[4..]}");
                }
            }
        }

        // An override uses the member it overrides, though it is a definition, not a reference.
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            if (type.BaseType.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var baseName = NameOf(md, (TypeReferenceHandle)type.BaseType);
            foreach (var methodHandle in type.GetMethods())
            {
                var name = md.GetString(md.GetMethodDefinition(methodHandle).Name);
                members.Add($"{baseName}::{name}");
                if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
                {
                    members.Add($"{baseName}::{name[4..]}");
                }
            }
        }

        const BindingFlags everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
            | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var attributes = assembly.GetTypes()
            .SelectMany(t => t.GetMembers(everything).SelectMany(m => m.GetCustomAttributesData())
                .Concat(t.GetMethods(everything).SelectMany(m => m.GetParameters()).SelectMany(p => p.GetCustomAttributesData()))
                .Concat(t.GetCustomAttributesData()));
        foreach (var attribute in attributes)
        {
            foreach (var named in attribute.NamedArguments)
            {
                members.Add($"{attribute.AttributeType.FullName}::{named.MemberName}");
            }
        }

        return new Surface(types, members);
    }

    /// <summary>A record has a compiler-written <c>&lt;Clone&gt;$</c> method.</summary>
    private static bool IsRecord(MetadataReader md, TypeDefinition type) =>
        type.GetMethods().Any(m => md.GetString(md.GetMethodDefinition(m).Name) == "<Clone>$");

    private static bool IsVisible(MethodDefinition method) =>
        (method.Attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static string NameOf(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        return $"{md.GetString(type.Namespace)}.{md.GetString(type.Name)}";
    }
}
