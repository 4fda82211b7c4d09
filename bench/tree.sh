# Sourced by the benchmarks: `generate DIR` writes a programme tree in the providers' format under DIR, the
# programme page "bench-provider", MODULES module pages (default 7) and WEEKS weeks each (default 33) of an ECT,
# a mentor and an induction tutor page: 7 x 33 x 3 + 8 = 701 pages.
MODULES=${MODULES:-7}
WEEKS=${WEEKS:-33}

generate() { # a programme tree in the providers' format: programme page, module pages, 3 parts a week
  local root=$1 p=bench-provider
  mkdir -p "$root/$p"
  { printf -- '---\ntitle: "Bench provider"\n---\n\n## Year 1: Autumn term\n\n'
    for m in $(seq 1 "$MODULES"); do printf '### [Module %s](/%s/year-1-module-%s)\n\nA made-up module.\n\n' "$m" "$p" "$m"; done
  } > "$root/$p.md"
  for m in $(seq 1 "$MODULES"); do
    local mod=year-1-module-$m dir=$root/$p/year-1-module-$m
    mkdir -p "$dir"
    { printf -- '---\ntitle: "Year 1: Module %s"\nheading: "Module %s"\n---\n\nA made-up module.\n\n' "$m" "$m"
      for w in $(seq 1 "$WEEKS"); do
        printf '## Week %s: topic %s\n\n### ECTs\n\n1. [Instructions](/%s/%s/autumn-week-%s-ect-instructions)\n\n' "$w" "$w" "$p" "$mod" "$w"
        printf '### Mentors\n\n[View mentor materials](/%s/%s/autumn-week-%s-mentor-materials)\n\n' "$p" "$mod" "$w"
        printf '### Induction tutor\n\n[View induction tutor materials](/%s/%s/autumn-week-%s-induction-tutor-materials)\n\n' "$p" "$mod" "$w"
      done
    } > "$root/$p/$mod.md"
    for w in $(seq 1 "$WEEKS"); do
      printf -- '---\ntitle: "Instructions"\n---\n\n- Read the materials for week %s.\n- Take notes as you go.\n\n### Key questions\n\n- What did you notice?\n' "$w" \
        > "$dir/autumn-week-$w-ect-instructions.md"
      printf -- '---\ntitle: "Week %s mentor materials"\nheading: "Mentor materials"\n---\n\n## Topic %s\n\n### Learning intentions\n\nYour ECT will learn that:\n\n- Building effective relationships with parents, carers and families can improve pupils’ motivation, behaviour and academic success.\n\n### Meeting activities\n\nReview: 5 mins\n\nLook back.\n\nPlan: 5 mins\n\nPlan.\n\nTheory to practice: 35 mins\n\nPractise.\n\nNext steps: 5 mins\n\nAgree actions.\n' "$w" "$w" \
        > "$dir/autumn-week-$w-mentor-materials.md"
      printf -- '---\ntitle: "Week %s induction tutor materials"\nheading: "Induction tutor materials"\n---\n\n## Training session %s\n\nDuration: 60 minutes\n\n### Learn that:\n\n- 8.4 Building effective relationships with parents, carers and families can improve pupils’ motivation, behaviour and academic success.\n\n### Opening (10 minutes)\n\nShare.\n\n### Example (15 minutes)\n\nDiscuss.\n\n### Groups (15 minutes)\n\nGroups.\n\n### Tips (15 minutes)\n\nTips.\n\n### Planning for action (5 minutes)\n\nActions.\n' "$w" "$w" \
        > "$dir/autumn-week-$w-induction-tutor-materials.md"
    done
  done
}

