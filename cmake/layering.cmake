# The layering check (ARCHITECTURE.md §2): run once every target exists, it follows each target's links
# transitively (LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES, through project and imported targets alike)
# and fails the configure step on a link the rules below forbid, or on a cycle between project targets.
#
#   include(cmake/layering.cmake)   # anywhere before the end of the top-level CMakeLists.txt
#   ct_check_layering()             # at its very end

# What each layered target may reach through its links, directly or through any other target.
# "may link" names project targets; a target listed there brings what its own row allows, so a row
# names only its direct layers. A project target that has no row here (an executable, a test, a helper)
# is not judged itself but is followed: reaching ct_store through a helper is reaching ct_store.
# "gui" says whether the target may reach Qt Widgets or Qt Charts; "no" makes it headless.
set(CT_LAYERING_RULES
  # target       | folder                | gui | may link
  "ct_resources  | resources/            | no  | "
  "ct_contracts  | connectors/proto/     | no  | "
  "ct_models     | models/               | no  | ct_resources"
  "ct_store      | connectors/store/     | no  | ct_models"
  "ct_simulator  | connectors/simulator/ | no  | ct_models ct_contracts"
  "ct_cloudevents | connectors/cloudevents/ | no | ct_models ct_contracts"
  "ct_httpcore   | connectors/httpcore/  | no  | "
  "ct_collector  | connectors/collector/ | no  | ct_models ct_cloudevents ct_amqp ct_httpcore"
  "ct_emitter    | connectors/emitter/   | no  | ct_models ct_cloudevents"
  "ct_payloads   | connectors/payloads/  | no  | ct_models ct_contracts"
  "ct_amqp       | connectors/amqp/      | no  | ct_models ct_cloudevents"
  "ct_keychain   | connectors/keychain/  | no  | ct_models"
  "ct_systemapi  | connectors/systemapi/ | no  | ct_models ct_httpcore"
  "ct_positionapi | connectors/positionapi/ | no | ct_models"
  "ct_views      | views/                | yes | ct_models"
  "ctower        | app/ctower/           | no  | ct_store ct_simulator ct_collector ct_emitter ct_amqp ct_payloads ct_cloudevents ct_systemapi ct_positionapi ct_keychain"
)
# Every library defined under these folders needs a row above.
set(CT_LAYERED_FOLDERS models views connectors)
# The Qt modules a headless target must never reach.
set(CT_LAYERING_GUI_MODULES_REGEX "^Qt6?::(Widgets|Charts)(Private)?$")

# The project and imported targets `target` links to, generator expressions read conservatively:
# $<LINK_ONLY:x> is x, and any target named inside another expression counts as linked.
function(_ct_layering_edges target out_var)
  string(MAKE_C_IDENTIFIER "${target}" id)
  get_property(known GLOBAL PROPERTY _CT_LAYERING_EDGES_${id} SET)
  if(known)
    get_property(edges GLOBAL PROPERTY _CT_LAYERING_EDGES_${id})
    set(${out_var} "${edges}" PARENT_SCOPE)
    return()
  endif()
  set(items "")
  get_target_property(imported ${target} IMPORTED)
  if(NOT imported)
    get_target_property(direct ${target} LINK_LIBRARIES)
    if(direct)
      list(APPEND items ${direct})
    endif()
  endif()
  get_target_property(usage ${target} INTERFACE_LINK_LIBRARIES)
  if(usage)
    list(APPEND items ${usage})
  endif()
  set(edges "")
  foreach(item IN LISTS items)
    if(item MATCHES "^::@")   # the directory markers of target_link_libraries() from another folder
      continue()
    endif()
    set(names "${item}")
    if(item MATCHES [[\$<]])
      string(REPLACE "::" "@ct@" names "${item}")
      string(REGEX REPLACE "[$<>:,]" ";" names "${names}")
      string(REPLACE "@ct@" "::" names "${names}")
    endif()
    foreach(name IN LISTS names)
      if(name AND TARGET "${name}")
        get_target_property(aliased "${name}" ALIASED_TARGET)
        if(aliased)
          set(name "${aliased}")
        endif()
        if(NOT name STREQUAL target)
          list(APPEND edges "${name}")
        endif()
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES edges)
  set_property(GLOBAL PROPERTY _CT_LAYERING_EDGES_${id} "${edges}")
  set(${out_var} "${edges}" PARENT_SCOPE)
endfunction()

# Every target defined in `dir` and its subdirectories.
function(_ct_layering_project_targets dir out_var)
  get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    _ct_layering_project_targets("${sub}" more)
    list(APPEND targets ${more})
  endforeach()
  set(${out_var} "${targets}" PARENT_SCOPE)
endfunction()

# "a -> b -> c": the path breadth-first search `tag` found from its start to `node`.
function(_ct_layering_path tag node out_var)
  set(path "${node}")
  string(MAKE_C_IDENTIFIER "${node}" id)
  while(DEFINED _ct_from_${tag}_${id})
    set(node "${_ct_from_${tag}_${id}}")
    string(MAKE_C_IDENTIFIER "${node}" id)
    set(path "${node} -> ${path}")
  endwhile()
  set(${out_var} "${path}" PARENT_SCOPE)
endfunction()

function(ct_check_layering)
  set(problems "")

  # The rules table.
  set(layered "")
  foreach(row IN LISTS CT_LAYERING_RULES)
    string(REPLACE "|" ";" fields "${row}")
    list(LENGTH fields count)
    if(NOT count EQUAL 4)
      message(FATAL_ERROR "layering rule \"${row}\" needs four fields: target | folder | gui | may link")
    endif()
    list(GET fields 0 target)
    list(GET fields 1 folder)
    list(GET fields 2 gui)
    list(GET fields 3 reach)
    string(STRIP "${target}" target)
    string(STRIP "${folder}" folder)
    string(STRIP "${gui}" gui)
    string(REGEX REPLACE "[ \t]+" ";" reach "${reach}")
    list(REMOVE_ITEM reach "")
    list(APPEND layered "${target}")
    set(_ct_folder_${target} "${folder}")
    set(_ct_gui_${target} "${gui}")
    set(_ct_reach_${target} "${reach}")
  endforeach()
  # What each row may reach: its own layers and everything they may reach.
  foreach(target IN LISTS layered)
    set(allowed "")
    set(todo ${_ct_reach_${target}})
    while(todo)
      list(POP_FRONT todo next)
      if(NOT next IN_LIST allowed)
        list(APPEND allowed "${next}")
        list(APPEND todo ${_ct_reach_${next}})
      endif()
    endwhile()
    set(_ct_allowed_${target} "${allowed}")
  endforeach()

  _ct_layering_project_targets("${CMAKE_SOURCE_DIR}" project_targets)

  # A library in a layered folder without a row would escape every rule.
  foreach(target IN LISTS project_targets)
    get_target_property(type ${target} TYPE)
    if(NOT type MATCHES "_LIBRARY$" OR target IN_LIST layered)
      continue()
    endif()
    get_target_property(dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH dir "${CMAKE_SOURCE_DIR}" "${dir}")
    foreach(folder IN LISTS CT_LAYERED_FOLDERS)
      if(dir STREQUAL folder OR dir MATCHES "^${folder}/")
        list(APPEND problems
          "${target} (${dir}/) has no layering rule: add a row for it to CT_LAYERING_RULES in cmake/layering.cmake")
      endif()
    endforeach()
  endforeach()

  # Each row: everything its links reach, breadth first so the path shown is a shortest one.
  foreach(start IN LISTS layered)
    if(NOT TARGET ${start})
      continue()
    endif()
    string(MAKE_C_IDENTIFIER "${start}" tag)
    set(queue "${start}")
    set(seen "${start}")
    while(queue)
      list(POP_FRONT queue node)
      _ct_layering_edges(${node} edges)
      foreach(next IN LISTS edges)
        if(next IN_LIST seen)
          continue()
        endif()
        list(APPEND seen "${next}")
        string(MAKE_C_IDENTIFIER "${next}" id)
        set(_ct_from_${tag}_${id} "${node}")
        set(why "")
        if(next IN_LIST layered AND NOT next IN_LIST _ct_allowed_${start})
          set(why "${_ct_folder_${start}} never depends on ${_ct_folder_${next}}")
        elseif(next MATCHES "${CT_LAYERING_GUI_MODULES_REGEX}" AND NOT _ct_gui_${start})
          set(why "${_ct_folder_${start}} is headless (no Qt Widgets, no Qt Charts)")
        endif()
        if(why)
          _ct_layering_path(${tag} "${next}" path)
          list(APPEND problems "${path} is forbidden: ${why}")
        elseif(next IN_LIST layered AND (NOT _ct_gui_${next} OR _ct_gui_${start}))
          # An allowed layer: what it reaches is judged by its own row, and reported once, there.
        else()
          list(APPEND queue "${next}")
        endif()
      endforeach()
    endwhile()
  endforeach()

  # Cycles: a project target that its own links lead back to.
  set(in_reported_cycle "")
  foreach(start IN LISTS project_targets)
    if(start IN_LIST in_reported_cycle)
      continue()
    endif()
    string(MAKE_C_IDENTIFIER "cycle_${start}" tag)
    set(queue "${start}")
    set(seen "")
    set(cycle "")
    while(queue AND NOT cycle)
      list(POP_FRONT queue node)
      _ct_layering_edges(${node} edges)
      foreach(next IN LISTS edges)
        if(next STREQUAL start)
          _ct_layering_path(${tag} "${node}" path)
          set(cycle "${path} -> ${start}")
          break()
        endif()
        if(next IN_LIST seen OR NOT next IN_LIST project_targets)
          continue()
        endif()
        list(APPEND seen "${next}")
        string(MAKE_C_IDENTIFIER "${next}" id)
        set(_ct_from_${tag}_${id} "${node}")
        list(APPEND queue "${next}")
      endforeach()
    endwhile()
    if(cycle)
      list(APPEND problems "${cycle} is a cycle: links between project targets only go one way")
      string(REPLACE " -> " ";" members "${cycle}")
      list(APPEND in_reported_cycle ${members})
    endif()
  endforeach()

  if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering check failed (ARCHITECTURE.md §2; rules in cmake/layering.cmake):\n  ${text}")
  endif()
endfunction()
