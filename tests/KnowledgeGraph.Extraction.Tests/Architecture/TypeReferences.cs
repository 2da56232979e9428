using System.Reflection;
using System.Reflection.Emit;

namespace KnowledgeGraph.Extraction.Tests.Architecture;

/// <summary>
/// Which types of an assembly each of its types uses: signatures (base type, interfaces, fields, properties,
/// method parameters and returns, locals) and the IL of every method body (calls, field accesses, type tokens,
/// lambdas and iterators through their compiler-generated nested types). Reflection only, no package.
/// </summary>
internal static class TypeReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>For each type of <paramref name="assembly"/>: the types of the same assembly it references.</summary>
    public static Dictionary<Type, HashSet<Type>> Of(Assembly assembly)
    {
        var result = new Dictionary<Type, HashSet<Type>>();
        foreach (var type in assembly.GetTypes())
        {
            var refs = new HashSet<Type>();
            void Add(Type? t) => Collect(t, assembly, refs);
            Add(type.BaseType);
            foreach (var i in type.GetInterfaces()) Add(i);
            foreach (var f in type.GetFields(All)) Add(f.FieldType);
            foreach (var p in type.GetProperties(All)) Add(p.PropertyType);
            foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (m is MethodInfo mi) Add(mi.ReturnType);
                foreach (var p in m.GetParameters()) Add(p.ParameterType);
                var body = m.GetMethodBody();
                if (body is null) continue;
                foreach (var local in body.LocalVariables) Add(local.LocalType);
                var il = body.GetILAsByteArray();
                if (il is not null) foreach (var t in TypesInIl(m, il)) Add(t);
            }
            refs.Remove(type);
            result[type] = refs;
        }
        return result;
    }

    private static void Collect(Type? t, Assembly assembly, HashSet<Type> into)
    {
        if (t is null) return;
        if (t.HasElementType) { Collect(t.GetElementType(), assembly, into); return; }
        if (t.IsGenericType && !t.IsGenericTypeDefinition)
        {
            foreach (var a in t.GetGenericArguments()) Collect(a, assembly, into);
            t = t.GetGenericTypeDefinition();
        }
        if (t.IsGenericParameter) return;
        if (t.Assembly == assembly) into.Add(t);
    }

    private static IEnumerable<Type> TypesInIl(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos++];
            if (value == 0xFE) value = (short)(0xFE00 | il[pos++]);
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break; // not IL we can read: stop scanning this body
            switch (op.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    int token = BitConverter.ToInt32(il, pos);
                    pos += 4;
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    switch (member)
                    {
                        case Type t: yield return t; break;
                        case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                        case MethodBase m:
                            if (m.DeclaringType is not null) yield return m.DeclaringType;
                            if (m is MethodInfo mi) yield return mi.ReturnType;
                            break;
                    }
                    break;
                case OperandType.InlineSwitch:
                    int n = BitConverter.ToInt32(il, pos);
                    pos += 4 + 4 * n;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar: pos += 1; break;
                case OperandType.InlineVar: pos += 2; break;
                case OperandType.InlineI8:
                case OperandType.InlineR: pos += 8; break;
                default: pos += 4; break;
            }
        }
    }
}
