// Every instance layout named in vm/types.def, for code that needs them all (the
// runtime's type table). Other code includes only the header it needs.
#pragma once
#include "vm/objects.h"
#include "vm/function.h"        // FunctionObject, CodeObject, MethodObject, GeneratorObject, FrameObject
#include "vm/descr.h"           // NativeFunctionObject, GetSetObject, SlotWrapperObject, MethodWrapperObject, SuperObject, PropertyObject, WrapperDescrObject
#include "builtins/numbers.h"   // FloatObject, ComplexObject
#include "builtins/bytes.h"     // ByteArrayObject
#include "builtins/dict.h"      // DictObject, DictViewObject, DictIterObject
#include "builtins/set.h"       // SetObject, SetIterObject
#include "builtins/range.h"     // RangeObject, RangeIterObject
#include "builtins/iterators.h" // CallableIterObject, EnumerateObject, ZipObject, MapObject, FilterObject, ReversedObject
#include "builtins/io.h"        // FileObject
#include "builtins/genericalias.h"  // GenericAliasObject, UnionObject
#include "vm/module.h"              // ModuleSpecObject
#include "builtins/mappingproxy.h"  // MappingProxyObject
#include "builtins/thread_module.h"  // LockObject
#include "builtins/weakref.h"        // WeakRefObject
#include "builtins/re_module.h"     // PcreCodeObject, PcreMatchObject
