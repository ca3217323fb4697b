using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Dendrite.Tensors;

namespace Dendrite.Tests.Repository;

/// <summary>STYLE.md §13: every public type and member has a one-line summary, every parameter is documented, no doc tag is empty.</summary>
public class DocumentationTests
{
    private static readonly string[] s_containerTags = ["summary", "remarks", "param", "typeparam", "returns", "value", "exception", "example", "para", "c", "code"];

    [Theory]
    [MemberData(nameof(LibraryAssemblies.Names), MemberType = typeof(LibraryAssemblies))]
    public void PublicApi_IsFullyDocumented(string assemblyName)
    {
        Assembly assembly = LibraryAssemblies.Load(assemblyName);
        string xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"No XML documentation file at {xmlPath}; GenerateDocumentationFile must stay on.");
        Dictionary<string, XElement> docs = XDocument.Load(xmlPath).Root!.Element("members")!.Elements("member")
            .ToDictionary(m => m.Attribute("name")!.Value);

        var problems = new List<string>();
        var publicIds = new HashSet<string>();
        foreach (Type type in assembly.GetExportedTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal)).OrderBy(t => t.FullName))
        {
            publicIds.Add(DocId.Of(type));
            CheckMember(DocId.Of(type), docs, problems, DelegateParameters(type));
            foreach (MemberInfo member in PublicMembers(type))
            {
                ParameterInfo[] parameters = member is MethodBase method ? method.GetParameters() : member is PropertyInfo p ? p.GetIndexParameters() : [];
                string id = DocId.Of(member);
                if (member is ConstructorInfo { IsStatic: false } ctor && parameters.Length == 0 && !docs.ContainsKey(id))
                {
                    continue; // the implicit default constructor has no source to document (an explicit one is caught by CS1591)
                }

                publicIds.Add(id);
                CheckMember(id, docs, problems, parameters);
            }
        }

        foreach ((string id, XElement element) in docs)
        {
            CheckTags(id, element, problems, oneLineSummary: publicIds.Contains(id) || id.Contains("<G>$", StringComparison.Ordinal));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} documentation problem(s):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Checker_FlagsEmptyTagsAndMultiLineSummaries()
    {
        var problems = new List<string>();
        CheckTags("M:X.Empty", XElement.Parse("<member><summary></summary></member>"), problems);
        CheckTags("M:X.EmptyParam", XElement.Parse("<member><summary>Fine.</summary><param name=\"x\">  </param></member>"), problems);
        CheckTags("M:X.Long", XElement.Parse("<member><summary>\n First line.\n Second line.\n </summary></member>"), problems);
        CheckTags("M:X.Fine", XElement.Parse("<member><summary>\n One line, wrapped by the compiler.\n </summary><param name=\"x\">The x; default 1, see <see cref=\"T:Y\"/>.</param></member>"), problems);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("M:X.Empty: empty <summary>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("M:X.EmptyParam: empty <param name=\"x\">", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("M:X.Long: <summary> has 2 lines", StringComparison.Ordinal));
    }

    [Fact]
    public void DocId_MatchesTheCompilersFormat()
    {
        Assert.Equal("T:Dendrite.Tensors.Tensor", DocId.Of(typeof(Tensor)));
        Assert.Equal("M:Dendrite.Tensors.Tensor.#ctor(System.Single[0:,0:])", DocId.Of(typeof(Tensor).GetConstructor([typeof(float[,])])!));
        Assert.Equal("M:Dendrite.Tensors.Tensor.#ctor(System.Single[][])", DocId.Of(typeof(Tensor).GetConstructor([typeof(float[][])])!));
        Assert.Equal("M:Dendrite.Tensors.Shape.op_Implicit(System.Int32[])~Dendrite.Tensors.Shape", DocId.Of(typeof(Shape).GetMethod("op_Implicit")!));
        Assert.Equal("M:Dendrite.Tensors.RandomGenerator.Shuffle``1(System.Span{``0})", DocId.Of(typeof(RandomGenerator).GetMethod("Shuffle")!));
        Assert.Equal("P:Dendrite.Tensors.Tensor.Item(System.ReadOnlySpan{System.Int32})", DocId.Of(typeof(Tensor).GetProperty("Item")!));
    }

    private static IEnumerable<MemberInfo> PublicMembers(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (MemberInfo m in type.GetMembers(Flags))
        {
            bool visible = m switch
            {
                MethodBase mb => mb.IsPublic || mb.IsFamily || mb.IsFamilyOrAssembly,
                FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
                PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
                EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
                _ => false, // nested types are checked as types
            };
            if (!visible || m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || m.Name.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            if (m is MethodInfo mi && mi.IsSpecialName && !mi.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                continue; // property and event accessors
            }

            if (type.IsEnum && m.Name == "value__")
            {
                continue;
            }

            if (typeof(Delegate).IsAssignableFrom(type) && m is MethodBase)
            {
                continue; // Invoke/BeginInvoke/ctor of a delegate: documented on the delegate type
            }

            yield return m;
        }
    }

    private static ParameterInfo[] DelegateParameters(Type type) =>
        typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke") is { } invoke ? invoke.GetParameters() : [];

    private static void CheckMember(string id, Dictionary<string, XElement> docs, List<string> problems, ParameterInfo[] parameters)
    {
        if (!docs.TryGetValue(id, out XElement? element))
        {
            problems.Add($"{id}: no XML documentation.");
            return;
        }

        // Extension-block members forward to their declaration: <inheritdoc cref="..."/>. The receiver's
        // <param> is written on the extension block, which the compiler emits as a marker type <M>$… inside
        // the grouping type <G>$… of the cref.
        var receiverParams = new List<XElement>();
        if (element.Element("inheritdoc")?.Attribute("cref")?.Value is { } cref && docs.TryGetValue(cref, out XElement? target))
        {
            element = target;
            int paren = cref.IndexOf('(', StringComparison.Ordinal);
            string member = paren < 0 ? cref : cref[..paren];
            string grouping = "T:" + member[2..member.LastIndexOf('.')] + ".<M>$";
            receiverParams.AddRange(docs.Where(d => d.Key.StartsWith(grouping, StringComparison.Ordinal)).SelectMany(d => d.Value.Elements("param")));
        }
        else if (element.Element("inheritdoc") is not null)
        {
            return; // inherits from an overridden or implemented member
        }

        if (element.Element("summary") is null)
        {
            problems.Add($"{id}: no <summary>.");
        }

        var documented = element.Elements("param").Concat(receiverParams).Select(p => p.Attribute("name")?.Value).ToHashSet();
        foreach (ParameterInfo p in parameters)
        {
            if (!documented.Contains(p.Name))
            {
                problems.Add($"{id}: parameter '{p.Name}' has no <param>.");
            }
        }
    }

    private static void CheckTags(string id, XElement member, List<string> problems, bool oneLineSummary = true)
    {
        foreach (XElement tag in member.Descendants().Where(e => s_containerTags.Contains(e.Name.LocalName)))
        {
            if (!tag.HasElements && string.IsNullOrWhiteSpace(tag.Value))
            {
                string name = tag.Attribute("name") is { } n ? $" name=\"{n.Value}\"" : string.Empty;
                problems.Add($"{id}: empty <{tag.Name.LocalName}{name}>.");
            }
        }

        if (oneLineSummary && member.Element("summary") is { } summary)
        {
            int lines = summary.Value.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
            if (lines > 1)
            {
                problems.Add($"{id}: <summary> has {lines} lines; it must be one line (details go in <remarks>).");
            }
        }
    }

    /// <summary>XML documentation IDs (ECMA-334 annex D) from reflection.</summary>
    internal static class DocId
    {
        public static string Of(Type type) => "T:" + TypeName(type);

        public static string Of(MemberInfo member) => member switch
        {
            Type t => Of(t),
            FieldInfo f => $"F:{TypeName(f.DeclaringType!)}.{f.Name}",
            EventInfo e => $"E:{TypeName(e.DeclaringType!)}.{e.Name}",
            PropertyInfo p => $"P:{TypeName(p.DeclaringType!)}.{p.Name}{Parameters(p.GetIndexParameters())}",
            MethodBase m => Method(m),
            _ => throw new ArgumentException($"Unsupported member {member}.", nameof(member)),
        };

        private static string Method(MethodBase m)
        {
            var sb = new StringBuilder("M:").Append(TypeName(m.DeclaringType!)).Append('.');
            sb.Append(m.IsConstructor ? (m.IsStatic ? "#cctor" : "#ctor") : m.Name.Replace('.', '#'));
            if (m.IsGenericMethod)
            {
                sb.Append("``").Append(m.GetGenericArguments().Length);
            }

            sb.Append(Parameters(m.GetParameters()));
            if (m is MethodInfo mi && (m.Name == "op_Implicit" || m.Name == "op_Explicit"))
            {
                sb.Append('~').Append(TypeRef(mi.ReturnType));
            }

            return sb.ToString();
        }

        private static string Parameters(ParameterInfo[] ps) =>
            ps.Length == 0 ? string.Empty : "(" + string.Join(",", ps.Select(p => TypeRef(p.ParameterType))) + ")";

        private static string TypeName(Type t) =>
            t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);

        private static string TypeRef(Type t)
        {
            if (t.IsByRef)
            {
                return TypeRef(t.GetElementType()!) + "@";
            }

            if (t.IsPointer)
            {
                return TypeRef(t.GetElementType()!) + "*";
            }

            if (t.IsArray)
            {
                int rank = t.GetArrayRank();
                string dims = t.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]";
                return TypeRef(t.GetElementType()!) + dims;
            }

            if (t.IsGenericMethodParameter)
            {
                return "``" + t.GenericParameterPosition;
            }

            if (t.IsGenericTypeParameter)
            {
                return "`" + t.GenericParameterPosition;
            }

            if (t.IsGenericType)
            {
                Type def = t.GetGenericTypeDefinition();
                string name = TypeName(def);
                name = name[..name.IndexOf('`', StringComparison.Ordinal)];
                return name + "{" + string.Join(",", t.GetGenericArguments().Select(TypeRef)) + "}";
            }

            return TypeName(t);
        }
    }
}
